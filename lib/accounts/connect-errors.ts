/**
 * Every way linking can fail, each with words for the person. The callback never stores anything
 * when it fails; the accounts page shows the message from the code in its URL.
 */
export const CONNECT_ERRORS = {
  cancelled: "You cancelled on the network's consent screen, so nothing was linked.",
  bad_callback: "That link-back from the network was malformed. Nothing was linked; start again.",
  internal: "Something went wrong on our side while linking. Nothing was linked; try again.",
  missing_state: "That link-back from the network was incomplete. Start linking again.",
  unknown_state: "That link-back doesn't match any linking you started. Start linking again.",
  wrong_network:
    "That link-back came for a different network than the one you started. Nothing was linked.",
  wrong_user:
    "This linking was started from another Socialite account. Start it again while signed in as yourself.",
  wrong_browser: "This linking was started in another browser. Start it again here.",
  expired: "That linking took longer than 10 minutes and expired. Start again.",
  reused: "That link-back was already used. Start linking again if you need to.",
  provider_error: "The network refused the request.",
  code_rejected: "The network refused to finish linking. Start again.",
  network_unavailable:
    "The network didn't answer in time. Nothing was linked; try again in a moment.",
  missing_scope: "Socialite needs more permissions to post.",
  no_accounts: "The network returned no account Socialite can post to.",
  not_configured: "This network isn't set up on this Socialite server yet.",
  choice_expired: "The choice of pages expired. Start linking again.",
  nothing_chosen: "Choose at least one page to link.",
} as const;

export type ConnectErrorCode = keyof typeof CONNECT_ERRORS;

export class ConnectError extends Error {
  constructor(
    readonly code: ConnectErrorCode,
    /** Extra words safe to show as plain text (the network's description, skipped accounts). */
    readonly detail?: string,
    /** missing_scope: the required scope names the grant lacked, as the network spells them. */
    readonly missingScopes: readonly string[] = [],
  ) {
    const extra = [detail, missingScopes.join(", ")].filter(Boolean).join(" ");
    super(extra ? `${CONNECT_ERRORS[code]} ${extra}` : CONNECT_ERRORS[code]);
    this.name = "ConnectError";
  }
}

export const isConnectErrorCode = (value: string): value is ConnectErrorCode =>
  Object.hasOwn(CONNECT_ERRORS, value);
