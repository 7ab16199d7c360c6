import { clsx } from "clsx";
import { Avatar } from "@/components/ui/avatar";
import type { ProviderId } from "@/lib/providers/provider-id";
import { isDisplayableImage } from "./account-facts";
import { NetworkIcon } from "./network-icon";

/**
 * A linked account's picture with its network's mark on the corner. The picture is used only when
 * the CSP allows it (same origin or data:); otherwise initials, coloured per account.
 */
export function AccountAvatar({
  provider,
  name,
  seed,
  avatarUrl,
  size = "lg",
}: {
  provider: ProviderId;
  name: string;
  seed: string;
  avatarUrl?: string | null;
  size?: "md" | "lg";
}) {
  const box = size === "lg" ? "size-11" : "size-9";
  return (
    <span className={clsx("relative inline-flex shrink-0", box)}>
      {isDisplayableImage(avatarUrl) ? (
        // biome-ignore lint/performance/noImgElement: a tiny same-origin or data: avatar; next/image adds nothing here
        <img
          src={avatarUrl}
          alt=""
          className={clsx(box, "rounded-full object-cover ring-1 ring-black/5")}
        />
      ) : (
        <Avatar name={name} seed={seed} size={size} />
      )}
      <NetworkIcon provider={provider} variant="badge" className="absolute -right-1 -bottom-1" />
    </span>
  );
}
