"use client";

/**
 * Loads the per-network validators (lib/providers/validators.ts with twitter-text and zod, most of
 * the composer's weight) on the first interaction that needs them (focusing or typing the text,
 * choosing an account, attaching media), not on mount: a visit that only looks never downloads
 * them. Until they arrive the checks are pending (counters show "…", Publish waits). The server
 * action validates again, so nothing depends on this check for correctness.
 */
import { useCallback, useState } from "react";
import type { NetworkRulesMap } from "./networks";

let loaded: NetworkRulesMap | null = null;
let loading: Promise<NetworkRulesMap> | null = null;

/** Starts (or joins) the one download of the validators; a failed one is retried next time. */
export function loadNetworkRules(): Promise<NetworkRulesMap> {
  loading ??= import("@/lib/providers/validators").then(
    (module) => {
      loaded = module.networkRules;
      return loaded;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

export type NetworkRulesState = {
  /** The rules, or null until loaded. */
  rules: NetworkRulesMap | null;
  /** Asked for and still on their way (Publish waits for them). */
  loading: boolean;
  /** The last download failed: until one succeeds, the server is the one that checks. */
  failed: boolean;
  /** Asks for the rules; cheap to call on every keystroke. */
  request: () => void;
};

export function useNetworkRules(): NetworkRulesState {
  const [rules, setRules] = useState<NetworkRulesMap | null>(loaded);
  const [loadingNow, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const request = useCallback(() => {
    if (loaded) {
      setRules(loaded);
      return;
    }
    setLoading(true);
    loadNetworkRules().then(
      (next) => {
        setRules(next);
        setLoading(false);
        setFailed(false);
      },
      () => {
        // Offline or a new deploy: the next interaction tries again.
        setLoading(false);
        setFailed(true);
      },
    );
  }, []);

  return {
    rules,
    loading: loadingNow && rules === null,
    failed: failed && rules === null,
    request,
  };
}
