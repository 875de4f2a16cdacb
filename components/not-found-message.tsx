import { messages } from "@/lib/i18n/messages";
import { LANGS } from "@/lib/i18n/config";

/** The 404 text in both UI languages: a not-found page cannot know which one the URL meant. */
export function NotFoundMessage() {
  return (
    <div className="space-y-6 py-10">
      {LANGS.map((lang) => {
        const t = messages(lang).notFound;
        return (
          <section key={lang} lang={lang} className="space-y-2">
            <h1 className="text-2xl font-bold">{t.title}</h1>
            <p>{t.body}</p>
            <a href={`/${lang}`} className="text-red-800 underline">
              {t.back}
            </a>
          </section>
        );
      })}
    </div>
  );
}
