import { notFound } from "next/navigation";

// Any other path under /embed/{lang} gets the 404 page here, under the embed layout: without this
// page it would reach the site's [lang] pages with "embed" as the language.
export default function UnknownEmbed() {
  notFound();
}
