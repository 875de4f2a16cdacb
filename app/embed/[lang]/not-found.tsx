import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/not-found-message";

export const metadata: Metadata = { title: "404" };

// not-found.tsx receives no params; both languages are shown so the page reads in either.
export default function EmbedNotFound() {
  return <NotFoundMessage />;
}
