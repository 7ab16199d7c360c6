// npm run db:seed — the demo user and the admin (idempotent). Passwords are for local demos only.
import { hashPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/db/client";

export const DEMO_USERS = [
  { email: "demo@socialite.test", name: "Dana Demo", password: "socialite-demo", role: "USER" },
  {
    email: "admin@socialite.test",
    name: "Ada Admin",
    password: "socialite-admin-demo",
    role: "ADMIN",
  },
] as const;

export async function seed(): Promise<void> {
  const db = getDb();
  for (const user of DEMO_USERS) {
    const existing = await db.user.findUnique({
      where: { email: user.email },
      select: { id: true },
    });
    if (existing) continue;
    await db.user.create({
      data: {
        email: user.email,
        name: user.name,
        role: user.role,
        passwordHash: await hashPassword(user.password),
      },
    });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  seed()
    .then(() => {
      console.log(`Seeded: ${DEMO_USERS.map((u) => u.email).join(", ")}`);
      return getDb().$disconnect();
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
