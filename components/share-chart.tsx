"use client";

import { useCallback, useId, useRef, useState, useSyncExternalStore } from "react";
import {
  citationText,
  embedCode,
  type CitationLabels,
  type CitationParts,
} from "@/lib/view/citation";

type ShareLabels = CitationLabels & {
  summary: string;
  link: string;
  citation: string;
  embed: string;
  copyLink: string;
  copyCitation: string;
  copyEmbed: string;
  copied: string;
  selected: string;
};

const noSubscription = () => () => {};
// The reader's day as a stable snapshot (a string, "2026-10-26" for 26 November): null in the
// cached server render, so the citation there has no access date.
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
};
const dayOf = (key: string) => {
  const [y = 0, m = 0, d = 1] = key.split("-").map(Number);
  return new Date(y, m, d);
};

/**
 * A chart card's link, citation and embed code, each with a copy button. Pages are cached
 * renders, so what depends on the reader is filled in here: the access date of the citation, and
 * the origin when SITE_URL is not set (the browser's own address, never a request header).
 */
export function ShareChart({
  origin,
  path,
  embedPath,
  cite,
  labels,
}: {
  /** SITE_URL's origin, or "" (then the page's own origin once in the browser). */
  origin: string;
  /** The chart's permalink path with its anchor. */
  path: string;
  embedPath: string;
  cite: Omit<CitationParts, "url">;
  labels: ShareLabels;
}) {
  const base = useSyncExternalStore(
    noSubscription,
    () => origin || window.location.origin,
    () => origin,
  );
  const day = useSyncExternalStore(noSubscription, today, () => null);
  const url = `${base}${path}`;
  // Built again on copy: a page left open past midnight cites the day it is copied.
  const citation = (on: Date | null) => citationText({ ...cite, url }, labels, on);
  const frameTitle = `${cite.title} — ${cite.place}, ${cite.year}`;
  // The fields are drawn once opened: a district page has dozens of cards, and three filled
  // fields each would weigh on every one of them. Read from the element itself, so a panel
  // opened before the page's scripts ran is filled as soon as they do.
  const details = useRef<HTMLDetailsElement>(null);
  const subscribe = useCallback((changed: () => void) => {
    const el = details.current;
    el?.addEventListener("toggle", changed);
    return () => el?.removeEventListener("toggle", changed);
  }, []);
  const open = useSyncExternalStore(
    subscribe,
    () => details.current?.open ?? false,
    () => false,
  );
  return (
    <details ref={details} className="no-print text-sm">
      <summary className="btn-sm inline-block cursor-pointer">{labels.summary}</summary>
      {open && (
        <div className="mt-2 space-y-3 rounded border border-stone-200 bg-stone-50 p-3">
          <CopyField
            label={labels.link}
            copy={labels.copyLink}
            text={() => url}
            rows={1}
            labels={labels}
          >
            {url}
          </CopyField>
          <CopyField
            label={labels.citation}
            copy={labels.copyCitation}
            text={() => citation(new Date())}
            rows={3}
            labels={labels}
          >
            {citation(day === null ? null : dayOf(day))}
          </CopyField>
          <CopyField
            label={labels.embed}
            copy={labels.copyEmbed}
            text={() => embedCode(`${base}${embedPath}`, frameTitle)}
            rows={3}
            labels={labels}
          >
            {embedCode(`${base}${embedPath}`, frameTitle)}
          </CopyField>
        </div>
      )}
    </details>
  );
}

/** A read-only field and its copy button; where the clipboard is refused, the text is selected. */
function CopyField({
  label,
  copy,
  text,
  rows,
  labels,
  children,
}: {
  label: string;
  copy: string;
  text: () => string;
  rows: number;
  labels: Pick<ShareLabels, "copied" | "selected">;
  children: string;
}) {
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [message, setMessage] = useState("");
  async function onCopy() {
    const value = text();
    try {
      // Missing outside a secure context (plain http on another host than localhost).
      if (!navigator.clipboard?.writeText) throw new Error("no clipboard");
      await navigator.clipboard.writeText(value);
      setMessage(labels.copied);
    } catch {
      field.current?.focus();
      field.current?.select();
      setMessage(labels.selected);
    }
  }
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-xs font-semibold text-stone-700">
        {label}
      </label>
      <textarea
        id={id}
        ref={field}
        readOnly
        rows={rows}
        value={children}
        onFocus={(e) => e.currentTarget.select()}
        className="block w-full resize-y rounded border border-stone-300 bg-white p-1 font-mono text-xs break-all"
      />
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className="btn-sm" onClick={onCopy}>
          {copy}
        </button>
        <span role="status" className="text-xs text-stone-600">
          {message}
        </span>
      </div>
    </div>
  );
}
