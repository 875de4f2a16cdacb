import { NotFoundMessage } from "@/components/not-found-message";

// not-found.tsx receives no params; both languages are shown so the page reads in either.
export default function NotFound() {
  return <NotFoundMessage />;
}
