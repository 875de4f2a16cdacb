// A worker thread that rasterises chart SVGs to PNG with resvg (lib/export/render-png.ts starts
// it). resvg's renderAsync draws on libuv's thread pool, but its PNG encoding (asPng) is a
// synchronous call that held the event loop ~40 ms per chart image: cached pages waited behind
// it. Here both run off the main thread. CommonJS, because Node loads it as it is.
"use strict";
const v8 = require("node:v8");
const vm = require("node:vm");
const { parentPort } = require("node:worker_threads");
const { Resvg } = require("@resvg/resvg-js");

// resvg's objects hold their pixels (2560 × 1440 × 4 bytes, 15 MB, for a slide image) in native
// memory that V8 does not see, and this thread allocates little JavaScript: left to itself V8
// seldom collects here, and the freed images' pixels piled up (the server's RSS went from 126 MB to
// 1.75 GB over 430 images). A full collection after each image (a small heap: about a millisecond,
// on this thread) releases them at once.
v8.setFlagsFromString("--expose-gc");
const collect = /** @type {() => void} */ (vm.runInNewContext("gc"));

/** @typedef {{ id: number, svg: string, options: import("@resvg/resvg-js").ResvgRenderOptions }} Job */

parentPort?.on("message", (/** @type {Job} */ job) => {
  try {
    const png = new Resvg(job.svg, job.options).render().asPng();
    // A copy into a buffer of its own, which can be moved to the main thread without copying.
    const bytes = new Uint8Array(png);
    parentPort?.postMessage({ id: job.id, png: bytes }, [bytes.buffer]);
  } catch (e) {
    parentPort?.postMessage({ id: job.id, error: e instanceof Error ? e.message : String(e) });
  }
  collect();
});
