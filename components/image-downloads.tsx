import type { Lang } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import { viewImageFileName, viewImageQuery, type ViewImage } from "@/lib/view/view-images";

/**
 * Links to a whole view as one image (rendered by /api/chart-image with `view=`): a slide PNG, a
 * document PNG and an SVG, each saved under a name that says what it holds. Plain links: no
 * JavaScript, and hidden when the page is printed.
 */
export function ImageDownloads({
  image,
  lang,
  title,
}: {
  image: ViewImage;
  lang: Lang;
  /** What the image shows, for the group's accessible name. */
  title: string;
}) {
  const t = messages(lang);
  const url = (extra: string) => `/api/chart-image?${viewImageQuery(image, lang)}${extra}`;
  return (
    <div
      role="group"
      aria-label={t.viewImage.downloads(title)}
      className="no-print flex flex-wrap items-center gap-2"
    >
      <a
        className="btn-sm"
        href={url("&format=png")}
        download={viewImageFileName(image, lang, "slide", "png")}
      >
        {t.export.png}
      </a>
      <a
        className="btn-sm"
        href={url("&format=png&size=document")}
        download={viewImageFileName(image, lang, "document", "png")}
      >
        {t.export.pngDocument}
      </a>
      <a
        className="btn-sm"
        href={url("&format=svg")}
        download={viewImageFileName(image, lang, "slide", "svg")}
      >
        {t.export.svg}
      </a>
    </div>
  );
}
