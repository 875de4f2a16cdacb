"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { inLang } from "@/lib/links";

/** The same view in the other language: same path, same filters. */
export function LanguageSwitch({
  to,
  label,
  text,
}: {
  to: "en" | "vi";
  label: string;
  text: string;
}) {
  const pathname = usePathname() ?? "/";
  const search = useSearchParams()?.toString() ?? "";
  const path = inLang(pathname, to);
  return (
    <Link
      href={search ? `${path}?${search}` : path}
      hrefLang={to}
      lang={to}
      aria-label={label}
      className="ml-auto text-sm hover:underline"
    >
      {text}
    </Link>
  );
}
