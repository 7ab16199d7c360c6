/** The publishing half of a network's adapter. */
import type { ProviderId } from "@/lib/providers/provider-id";
import type { ProviderPublishing } from "@/lib/providers/publishing-types";
import { getProvider } from "@/lib/providers/registry";

export function publisherFor(provider: ProviderId): ProviderPublishing {
  // Until every adapter's SocialProvider extends ProviderPublishing (in progress), the cast keeps
  // the pipeline compiling; the registry's own type check takes over once it does.
  return getProvider(provider) as unknown as ProviderPublishing;
}
