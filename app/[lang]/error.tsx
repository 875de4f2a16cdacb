"use client";

import { useParams } from "next/navigation";
import { isLang } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";

// Shows a plain message, never the error itself: stack traces and paths stay in the server log.
export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const params = useParams<{ lang?: string }>();
  const lang = params.lang && isLang(params.lang) ? params.lang : "vi";
  const t = messages(lang).error;
  return (
    <div className="space-y-3 py-10">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p>{t.body}</p>
      <button type="button" onClick={reset} className="rounded bg-red-800 px-3 py-1.5 text-white">
        {t.retry}
      </button>
    </div>
  );
}
