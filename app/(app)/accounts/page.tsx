import { Cable } from "lucide-react";
import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Accounts" };

const HEALTH = [
  { tone: "success", label: "Healthy", text: "Ready to publish" },
  { tone: "warning", label: "Expiring soon", text: "Reconnect to keep posting" },
  { tone: "danger", label: "Needs reconnecting", text: "Posts are paused" },
] as const;

export default async function AccountsPage() {
  await requireUser("/accounts");
  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        title="Accounts"
        description="The social accounts Socialite can publish to on your behalf."
      />
      <EmptyState
        icon={Cable}
        title="No accounts linked yet"
        description="Accounts you link will appear here with their health, so you know before a post fails, not after."
      >
        <div className="mx-auto max-w-xl rounded-xl border border-gray-200 bg-gray-50/60 p-4 text-left">
          <p className="text-[13px] font-medium text-gray-700">What the health labels mean</p>
          <dl className="mt-3 grid gap-x-4 gap-y-3 text-[13px] sm:grid-cols-[auto_1fr] sm:gap-y-2.5">
            {HEALTH.map((item) => (
              <div key={item.label} className="flex flex-col items-start gap-1 sm:contents">
                <dt>
                  <Badge tone={item.tone} dot>
                    {item.label}
                  </Badge>
                </dt>
                <dd className="text-gray-600 sm:self-center">{item.text}</dd>
              </div>
            ))}
          </dl>
        </div>
      </EmptyState>
    </div>
  );
}
