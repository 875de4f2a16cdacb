import "server-only";
import { renderAsync } from "@resvg/resvg-js";
import { rasterFontFiles } from "./fonts";

/**
 * Rasterises a composed chart SVG at `scale`× its size, with the embedded UI font. The work runs
 * on libuv's thread pool (resvg's renderAsync), not the event loop: a PNG of a tall image takes
 * long enough that other requests would wait on it.
 */
export async function renderPng(svg: string, width: number, scale = 2): Promise<Buffer> {
  const image = await renderAsync(svg, {
    fitTo: { mode: "width", value: width * scale },
    font: {
      loadSystemFonts: false,
      fontFiles: rasterFontFiles(),
      defaultFontFamily: "Noto Sans",
      sansSerifFamily: "Noto Sans",
    },
    background: "#ffffff",
  });
  return image.asPng();
}
