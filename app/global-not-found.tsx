import type { Metadata } from "next";
import "./globals.css";
import { NotFoundMessage } from "@/components/not-found-message";

export const metadata: Metadata = { title: "404 · Chỉ tiêu" };

// URLs outside /en and /vi match no layout; this page stands alone.
export default function GlobalNotFound() {
  return (
    <html lang="vi">
      <body className="min-h-screen bg-stone-50 text-stone-900">
        <main className="mx-auto max-w-3xl px-4">
          <NotFoundMessage />
        </main>
      </body>
    </html>
  );
}
