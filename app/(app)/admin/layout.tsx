import type { ReactNode } from "react";
import { Suspense } from "react";
import { AdminTabs } from "@/components/admin/admin-tabs";
import { HealthIndicator } from "@/components/admin/health-indicator";
import { getHealth } from "@/lib/admin/health";
import { getCurrentUser } from "@/lib/auth/current-user";

/**
 * The admin area's frame: the section tabs and the health dots above every admin page. It only
 * decorates: each page still calls requireAdmin("/admin/…") itself (a layout can't know the
 * path, and renders in parallel with the page). For anyone but an admin it renders the page
 * alone, whose guard then redirects or answers 403, so no admin chrome or health data leaks.
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  if (user?.role !== "ADMIN") return children;
  return (
    <div className="flex flex-col gap-6 sm:gap-8">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <AdminTabs />
        <Suspense fallback={<HealthIndicator initial={null} />}>
          <ServerHealth />
        </Suspense>
      </div>
      {children}
    </div>
  );
}

async function ServerHealth() {
  const { database, redis, worker } = await getHealth();
  return <HealthIndicator initial={{ database, redis, worker }} />;
}
