// Links a sandbox account for integration tests: the real consent (via the sandbox's control API),
// the real code exchange, and the app's own storage (encrypted tokens).
import { saveLinkedAccount } from "@/lib/accounts/save-linked-account";
import type { ProviderId } from "@/lib/providers/provider-id";
import type { SandboxHarness } from "@/lib/providers/testing/sandbox-harness";

export async function linkSandboxAccount(
  harness: SandboxHarness,
  userId: string,
  provider: ProviderId,
  options: { user?: string; pages?: string[] } = {},
) {
  const result = await harness.link(provider, options);
  const account = result.accounts[0];
  if (!account) throw new Error(`sandbox linked no ${provider} account`);
  const saved = await saveLinkedAccount(userId, provider, account);
  return { accountId: saved.id, externalId: account.externalId };
}
