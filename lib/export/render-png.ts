import "server-only";
import { Resvg } from "@resvg/resvg-js";
import { rasterFontFiles } from "./fonts";

/** Rasterises a composed chart SVG at `scale`× its size, with the embedded UI font. */
export function renderPng(svg: string, width: number, scale = 2): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: width * scale },
    font: {
      loadSystemFonts: false,
      fontFiles: rasterFontFiles(),
      defaultFontFamily: "Noto Sans",
      sansSerifFamily: "Noto Sans",
    },
    background: "#ffffff",
  });
  return resvg.render().asPng();
}
