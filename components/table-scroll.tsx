import type { Lang } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";

/**
 * A table's own sideways-scrolling box, so a wide table never makes the page scroll sideways on
 * a phone. The box is focusable and named, so keyboard users can scroll it (axe:
 * scrollable-region-focusable). Above the table, "Scroll sideways →" shows below the sm
 * breakpoint, and only while the table is wider than its box (app/globals.css, .scroll-cue).
 *
 * A named group, not a region: landmarks must have unique names (axe: landmark-unique), and a
 * table's caption often repeats its section's heading (a region of the same name) or another
 * card's (the indicator page shows one card per locality under the same indicator title).
 */
export function TableScroll({
  label,
  lang,
  children,
}: {
  label: string;
  lang: Lang;
  children: React.ReactNode;
}) {
  return (
    <div role="group" aria-label={label} tabIndex={0} className="table-scroll">
      {/* A hint for eyes and fingers; screen readers move through the cells themselves. */}
      <p className="scroll-cue" aria-hidden="true">
        {messages(lang).tableScroll.cue}
      </p>
      {children}
    </div>
  );
}
