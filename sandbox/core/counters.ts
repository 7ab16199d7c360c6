/**
 * Counters the tests read to prove behaviour from the outside: one token call per refresh, one
 * post per publish, how many requests were refused. Plain nested records so they serialize as-is.
 */
import type { ProviderId } from "@/lib/providers/provider-id";

type Tally = Record<string, number>;
type PerNetwork<T> = Partial<Record<ProviderId, T>>;

export type CounterSnapshot = {
  /** network -> client id -> grant type (and "total") -> calls */
  tokenCalls: PerNetwork<Record<string, Tally>>;
  /** network -> account id -> successful refreshes (refresh_token, ig_refresh_token, fb_exchange_token) */
  refreshes: PerNetwork<Tally>;
  /** network -> account id (X/TikTok user, Facebook Page, Instagram account) -> posts created */
  postsCreated: PerNetwork<Tally>;
  /** network -> account id -> revocations (revoke endpoint, DELETE permissions, control API) */
  revocations: PerNetwork<Tally>;
  /** network -> endpoint name (and "total") -> refused requests (status >= 400, faults included) */
  rejected: PerNetwork<Tally>;
  /** network -> endpoint name -> requests received */
  requests: PerNetwork<Tally>;
  /** network -> fault kind -> times fired */
  faultsFired: PerNetwork<Tally>;
};

const bump = (tally: Tally, key: string, by = 1): void => {
  tally[key] = (tally[key] ?? 0) + by;
};

export class Counters {
  private data: CounterSnapshot = emptySnapshot();

  private per<T>(table: PerNetwork<T>, network: ProviderId, make: () => T): T {
    table[network] ??= make();
    return table[network] as T;
  }

  tokenCall(network: ProviderId, clientId: string, grantType: string): void {
    const byClient = this.per<Record<string, Tally>>(this.data.tokenCalls, network, () => ({}));
    const tally = byClient[clientId] ?? {};
    byClient[clientId] = tally;
    bump(tally, grantType);
    bump(tally, "total");
  }

  refresh(network: ProviderId, accountId: string): void {
    bump(
      this.per<Tally>(this.data.refreshes, network, () => ({})),
      accountId,
    );
  }

  postCreated(network: ProviderId, accountId: string): void {
    bump(
      this.per<Tally>(this.data.postsCreated, network, () => ({})),
      accountId,
    );
  }

  revocation(network: ProviderId, accountId: string): void {
    bump(
      this.per<Tally>(this.data.revocations, network, () => ({})),
      accountId,
    );
  }

  request(network: ProviderId, endpoint: string, status: number): void {
    bump(
      this.per<Tally>(this.data.requests, network, () => ({})),
      endpoint,
    );
    if (status >= 400) {
      const rejected = this.per<Tally>(this.data.rejected, network, () => ({}));
      bump(rejected, endpoint);
      bump(rejected, "total");
    }
  }

  faultFired(network: ProviderId, kind: string): void {
    bump(
      this.per<Tally>(this.data.faultsFired, network, () => ({})),
      kind,
    );
  }

  snapshot(): CounterSnapshot {
    return structuredClone(this.data);
  }

  reset(): void {
    this.data = emptySnapshot();
  }
}

const emptySnapshot = (): CounterSnapshot => ({
  tokenCalls: {},
  refreshes: {},
  postsCreated: {},
  revocations: {},
  rejected: {},
  requests: {},
  faultsFired: {},
});
