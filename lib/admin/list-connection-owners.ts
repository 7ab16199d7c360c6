/** The people who have at least one linked account: the connections page's owner filter. */
import { db } from "@/lib/db/client";

export async function listConnectionOwners() {
  return db.user.findMany({
    where: { socialAccounts: { some: {} } },
    select: { id: true, name: true, email: true },
    orderBy: { email: "asc" },
    take: 500,
  });
}
