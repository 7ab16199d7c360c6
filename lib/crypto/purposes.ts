/** Every encrypted column, named once: the name is the ciphertext's associated data. */
export const TOKEN_PURPOSE = {
  accessToken: "social-account.access-token",
  refreshToken: "social-account.refresh-token",
  codeVerifier: "connect-attempt.code-verifier",
  pendingChoice: "connect-attempt.pending-choice",
} as const;
