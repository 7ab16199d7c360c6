import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button-link";
import { StatusPage } from "@/components/ui/status-page";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <StatusPage
      code="404 · Not found"
      title="We couldn't find that page"
      description="The link may be broken, or the page may have moved. Check the address, or head back home."
      actions={<ButtonLink href="/">Back to home</ButtonLink>}
    />
  );
}
