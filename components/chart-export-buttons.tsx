"use client";

import { useState, useSyncExternalStore } from "react";

const noSubscription = () => () => {};
const clipboardImages = () =>
  typeof ClipboardItem !== "undefined" && typeof navigator.clipboard?.write === "function";

export type ChartExportLabels = {
  png: string;
  pngDocument: string;
  svg: string;
  copy: string;
  copied: string;
  copyFailed: string;
  group: string;
};

/**
 * Downloads of the composed chart image (rendered by /api/chart-image, the same file a shared
 * link previews), and copying it to the clipboard where the browser allows.
 */
export function ChartExportButtons({
  query,
  files,
  labels,
}: {
  query: string; // locality=…&indicator=…&year=…&basis=…&lang=…
  files: { png: string; pngDocument: string; svg: string };
  labels: ChartExportLabels;
}) {
  // Whether this browser can put an image on the clipboard: false on the server, read once here.
  const canCopy = useSyncExternalStore(noSubscription, clipboardImages, () => false);
  const [message, setMessage] = useState("");
  const url = (extra: string) => `/api/chart-image?${query}${extra}`;
  async function copy() {
    try {
      // A promise of the blob keeps the clipboard write inside the click's user activation.
      const blob = fetch(url("&format=png")).then((r) => r.blob());
      await navigator.clipboard.write([new ClipboardItem({ "image/png": blob })]);
      setMessage(labels.copied);
    } catch {
      setMessage(labels.copyFailed);
    }
  }
  const link = "btn-sm";
  return (
    <div
      role="group"
      aria-label={labels.group}
      className="no-print flex flex-wrap items-center gap-2"
    >
      <a className={link} href={url("&format=png")} download={files.png}>
        {labels.png}
      </a>
      <a className={link} href={url("&format=png&size=document")} download={files.pngDocument}>
        {labels.pngDocument}
      </a>
      <a className={link} href={url("&format=svg")} download={files.svg}>
        {labels.svg}
      </a>
      {canCopy && (
        <button type="button" className={link} onClick={copy}>
          {labels.copy}
        </button>
      )}
      <span role="status" className="text-xs text-stone-600">
        {message}
      </span>
    </div>
  );
}
