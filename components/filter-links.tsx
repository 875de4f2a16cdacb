import Link from "next/link";

export type FilterOption = { key: string; label: string; href: string; current: boolean };

/**
 * One filter as a row of links: the URL holds the filter, so a link reproduces the view, the back
 * button works, and it needs no script.
 */
export function FilterLinks({ label, options }: { label: string; options: FilterOption[] }) {
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-2">
      <span className="text-sm font-semibold text-stone-700">{label}:</span>
      {options.map((o) => (
        <Link
          key={o.key}
          href={o.href}
          aria-current={o.current ? "page" : undefined}
          className={`rounded-full border px-3 py-1 text-sm ${
            o.current
              ? "border-red-800 bg-red-800 text-white"
              : "border-stone-300 bg-white text-stone-800 hover:border-red-800"
          }`}
        >
          {o.label}
        </Link>
      ))}
    </nav>
  );
}
