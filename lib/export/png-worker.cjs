// A worker thread that rasterises chart SVGs to PNG with resvg (lib/export/render-png.ts starts
// it). resvg's renderAsync draws on libuv's thread pool, but its PNG encoding (asPng) is a
// synchronous call that held the event loop ~40 ms per chart image: cached pages waited behind
// it. Here both run off the main thread. CommonJS, because Node loads it as it is.
"use strict";
const { parentPort } = require("node:worker_threads");
const { Resvg } = require("@resvg/resvg-js");

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
});
