import type { Status } from "./enums";

/**
 * How each status looks, in one place: Tailwind classes for pages and literal colours for
 * exported images (which cannot see the page's CSS). Both pass WCAG AA for text on their
 * backgrounds, and the word is always shown, never colour alone.
 */
export const STATUS_STYLE: Record<
  Status,
  { className: string; color: string; background: string }
> = {
  exceeded: {
    className: "bg-emerald-100 text-emerald-900 border-emerald-300",
    color: "#065f46",
    background: "#d1fae5",
  },
  achieved: {
    className: "bg-green-100 text-green-900 border-green-300",
    color: "#14532d",
    background: "#dcfce7",
  },
  missed: {
    className: "bg-red-100 text-red-900 border-red-300",
    color: "#7f1d1d",
    background: "#fee2e2",
  },
  on_track: {
    className: "bg-sky-100 text-sky-900 border-sky-300",
    color: "#0c4a6e",
    background: "#e0f2fe",
  },
  behind: {
    className: "bg-amber-100 text-amber-900 border-amber-300",
    color: "#78350f",
    background: "#fef3c7",
  },
  no_result: {
    className: "bg-stone-100 text-stone-800 border-stone-300",
    color: "#292524",
    background: "#f5f5f4",
  },
  no_target: {
    className: "bg-white text-stone-700 border-stone-300",
    color: "#44403c",
    background: "#ffffff",
  },
};
