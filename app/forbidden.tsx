import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button-link";
import { StatusPage } from "@/components/ui/status-page";

export const metadata: Metadata = { title: "No access" };

/**
 * Rendered with status 403 for forbidden() (requireAdmin for a signed-in non-admin). Next renders
 * it inside the app shell, so it is the inset variant: no second logo, navigation stays usable.
 */
export default function Forbidden() {
  return (
    <StatusPage
      inset
      code="403 · Forbidden"
      title="You don't have access to this page"
      description="This area is for workspace admins. If you think you should have access, ask an admin to change your role."
      actions={<ButtonLink href="/">Back to home</ButtonLink>}
    />
  );
}
