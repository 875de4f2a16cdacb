import "server-only";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { ResvgRenderOptions } from "@resvg/resvg-js";
import { rasterFontFiles } from "./fonts";

type Reply = { id: number; png?: Uint8Array; error?: string };
type Pending = { resolve: (b: Buffer) => void; reject: (e: Error) => void };

// Two workers: the image cache draws at most two images at a time (app/api/chart-image/route.ts).
const WORKERS = 2;
// Each worker is a V8 instance of its own with resvg loaded: about 55 MB for the two, held for
// nothing once the images are cached. They stop after this long without an image to draw and
// start again (in tens of milliseconds) when one is asked for.
const IDLE_MS = 15_000;
const pending = new Map<number, Pending>();
let workers: Worker[] = [];
let nextId = 0;
let idleTimer: NodeJS.Timeout | undefined;

function stopWhenIdle() {
  clearTimeout(idleTimer);
  if (pending.size > 0) return;
  idleTimer = setTimeout(() => {
    if (pending.size > 0) return;
    for (const w of workers) void w.terminate();
    workers = [];
  }, IDLE_MS);
  idleTimer.unref();
}

function settle({ id, png, error }: Reply) {
  const p = pending.get(id);
  if (!p) return;
  pending.delete(id);
  stopWhenIdle();
  if (png) p.resolve(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
  else p.reject(new Error(`PNG rendering failed: ${error ?? "no image"}`));
}

function start(): Worker {
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), "lib/export/png-worker.cjs");
  const w = new Worker(file);
  w.unref(); // an idle worker never keeps the process alive
  w.on("message", settle);
  // A worker that dies fails every image being drawn (they are drawn again when next asked for)
  // and is replaced on the next image.
  w.on("error", (e) => {
    for (const p of pending.values()) p.reject(e instanceof Error ? e : new Error(String(e)));
    pending.clear();
    workers = workers.filter((x) => x !== w);
    void w.terminate();
    stopWhenIdle();
  });
  return w;
}

/**
 * Rasterises a composed chart SVG at `scale`× its size, with the embedded UI font, on a worker
 * thread (lib/export/png-worker.cjs): drawing and PNG encoding both take tens of milliseconds
 * that other requests must not wait for.
 */
export function renderPng(svg: string, width: number, scale = 2): Promise<Buffer> {
  clearTimeout(idleTimer);
  while (workers.length < WORKERS) workers.push(start());
  const id = nextId++;
  const options: ResvgRenderOptions = {
    fitTo: { mode: "width", value: width * scale },
    font: {
      loadSystemFonts: false,
      fontFiles: rasterFontFiles(),
      defaultFontFamily: "Noto Sans",
      sansSerifFamily: "Noto Sans",
    },
    background: "#ffffff",
  };
  const worker = workers[id % workers.length] as Worker;
  return new Promise<Buffer>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, svg, options });
  });
}
