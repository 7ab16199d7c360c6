// Rows for integration tests, created through the same code paths the app uses.
import { randomUUID } from "node:crypto";
import { signUp } from "@/lib/auth/sign-up";

export async function createUser(name = "Test User"): Promise<{ id: string; email: string }> {
  const email = `user-${randomUUID()}@example.test`;
  const result = await signUp({ name, email, password: "integration-password" });
  if (!result.ok) throw new Error("could not create test user");
  return { id: result.userId, email };
}
