import Link from "next/link";
import type { Messages } from "@/lib/i18n/messages";
import { pageNumbers } from "@/lib/view/pages";

type Props = {
  t: Messages["pages"];
  page: number;
  pages: number;
  showing: string;
  href: (page: number) => string;
};

/** Links to the pages of a long list; nothing when it fits on one page. */
export function PageLinks({ t, page, pages, showing, href }: Props) {
  if (pages <= 1) return null;
  const link = "rounded border px-3 py-1 text-sm";
  return (
    <nav aria-label={t.label} className="no-print flex flex-wrap items-center gap-2">
      <span className="text-sm text-stone-700">{showing}</span>
      {page > 1 && (
        <Link
          href={href(page - 1)}
          rel="prev"
          className={`${link} border-stone-300 bg-white hover:border-red-800`}
        >
          {t.previous}
        </Link>
      )}
      {pageNumbers(page, pages).map((p, i) =>
        p === "gap" ? (
          <span key={`gap-${i}`} aria-hidden="true">
            …
          </span>
        ) : (
          <Link
            key={p}
            href={href(p)}
            aria-current={p === page ? "page" : undefined}
            aria-label={t.page(p)}
            className={`${link} ${p === page ? "border-red-800 bg-red-800 text-white" : "border-stone-300 bg-white hover:border-red-800"}`}
          >
            {p}
          </Link>
        ),
      )}
      {page < pages && (
        <Link
          href={href(page + 1)}
          rel="next"
          className={`${link} border-stone-300 bg-white hover:border-red-800`}
        >
          {t.next}
        </Link>
      )}
    </nav>
  );
}
