import { notFound } from "next/navigation";

// Any path under a language that no page matches gets that language's 404 page.
export default function UnknownPage() {
  notFound();
}
