// npm run keys:rotate — re-encrypts every stored token under the first key of TOKEN_ENCRYPTION_KEYS.
// Rotation: prepend a new key (`new:…,old:…`), deploy, run this, then drop the old key.
import { rotateStoredTokens } from "@/lib/crypto/rotate-stored-tokens";
import { getDb } from "@/lib/db/client";

rotateStoredTokens()
  .then((result) => {
    console.log(
      `Re-encrypted ${result.accounts} account(s) and ${result.attempts} pending link attempt(s); ` +
        `${result.skipped} changed meanwhile and already use the current key.` +
        (result.unreadable
          ? ` ${result.unreadable} token(s) could not be read with any configured key: those accounts need a reconnect.`
          : ""),
    );
    return getDb().$disconnect();
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
