/**
 * Test support: a PublishContext whose steps live in memory with the worker's semantics (shallow
 * merge, null clears a key), and the account/context builders the publish tests share.
 */

import type {
  PublishAccount,
  PublishContext,
  PublishMedia,
  ReconcileInput,
} from "../publishing-types";
import type { JsonValue, LinkableAccount } from "../types";

export type StepStore = {
  steps: Record<string, JsonValue>;
  saves: Record<string, JsonValue>[];
  /** How often the adapter announced a create request (beforeCreate). */
  createsSent: number;
};

export const newStepStore = (initial: Record<string, JsonValue> = {}): StepStore => ({
  steps: { ...initial },
  saves: [],
  createsSent: 0,
});

export const toPublishAccount = (account: LinkableAccount): PublishAccount => ({
  externalId: account.externalId,
  handle: account.handle,
  metadata: account.metadata,
});

export function publishContext(
  account: LinkableAccount,
  input: {
    text: string;
    media?: PublishMedia[];
    settings?: Record<string, JsonValue>;
    store?: StepStore;
    signal?: AbortSignal;
  },
): PublishContext & { store: StepStore } {
  const store = input.store ?? newStepStore();
  return {
    accessToken: account.tokens.accessToken,
    account: toPublishAccount(account),
    text: input.text,
    media: input.media ?? [],
    settings: input.settings ?? {},
    // A copy, as the worker would read it from the database at the start of an attempt.
    steps: structuredClone(store.steps),
    store,
    ...(input.signal ? { signal: input.signal } : {}),
    async beforeCreate() {
      store.createsSent += 1;
    },
    async saveSteps(patch) {
      store.saves.push(structuredClone(patch));
      for (const [key, value] of Object.entries(patch)) {
        if (value === null) delete store.steps[key];
        else store.steps[key] = structuredClone(value);
      }
    },
  };
}

export const reconcileInput = (
  account: LinkableAccount,
  text: string,
  since: Date,
  store: StepStore = newStepStore(),
): ReconcileInput => ({
  accessToken: account.tokens.accessToken,
  account: toPublishAccount(account),
  text,
  since,
  steps: structuredClone(store.steps),
});
