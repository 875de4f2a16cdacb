"use client";

import Link from "next/link";
import { useSelectedLayoutSegments } from "next/navigation";
import { otherLanguageHref } from "@/lib/i18n/language-href";

/**
 * The same view in the other language: same page, same filters (in the path). Built from the
 * route segments that rendered, not the URL, so a cached view never links with its first
 * visitor's query string (lib/i18n/language-href.ts). Rendered in the [lang] layout, whose
 * segments below it these are; they follow client-side navigation too.
 */
export function LanguageSwitch({
  to,
  label,
  text,
}: {
  to: "en" | "vi";
  label: string;
  text: string;
}) {
  const href = otherLanguageHref(to, useSelectedLayoutSegments());
  return (
    <Link
      href={href}
      hrefLang={to}
      lang={to}
      aria-label={label}
      className="ml-auto text-sm hover:underline"
    >
      {text}
    </Link>
  );
}
