/**
 * What the composer (a client component) needs per network, without pulling in the server
 * adapters: name, brand colour, limits, a text counter and the same pure validation the server
 * runs before publishing. Nothing imported here may use node:*, env or fetch; the adapters take
 * their identity and validation from this map, so the two can never disagree.
 */
import { countFacebookText, facebookLimits, validateFacebookPost } from "./facebook/validate";
import { countInstagramText, instagramLimits, validateInstagramPost } from "./instagram/validate";
import type { ProviderId } from "./provider-id";
import type { NetworkLimits, PostDraft, PublishOptions, ValidationIssue } from "./publishing-types";
import { countTikTokText, tiktokLimits, validateTikTokPost } from "./tiktok/validate";
import { countXText, validateXPost, xLimits } from "./x/validate";

export type NetworkRules = {
  id: ProviderId;
  displayName: string;
  /** #rrggbb, for badges and buttons. */
  brandColor: string;
  limits: NetworkLimits;
  countText(text: string): number;
  validatePost(draft: PostDraft, options?: PublishOptions): ValidationIssue[];
};

export const networkRules = {
  x: {
    id: "x",
    displayName: "X",
    brandColor: "#000000",
    limits: xLimits,
    countText: countXText,
    validatePost: validateXPost,
  },
  facebook: {
    id: "facebook",
    displayName: "Facebook",
    brandColor: "#0866FF",
    limits: facebookLimits,
    countText: countFacebookText,
    validatePost: validateFacebookPost,
  },
  instagram: {
    id: "instagram",
    displayName: "Instagram",
    brandColor: "#E4405F",
    limits: instagramLimits,
    countText: countInstagramText,
    validatePost: validateInstagramPost,
  },
  tiktok: {
    id: "tiktok",
    displayName: "TikTok",
    brandColor: "#000000",
    limits: tiktokLimits,
    countText: countTikTokText,
    validatePost: validateTikTokPost,
  },
} as const satisfies Record<ProviderId, NetworkRules>;

export const getNetworkRules = (id: ProviderId): NetworkRules => networkRules[id];

/**
 * The part of an adapter taken from its network's rules (identity, limits, validation), so the
 * server adapters and the composer read one definition.
 */
export const adapterRules = (id: ProviderId): NetworkRules => {
  const rules = networkRules[id];
  return {
    id: rules.id,
    displayName: rules.displayName,
    brandColor: rules.brandColor,
    limits: rules.limits,
    validatePost: rules.validatePost,
    countText: rules.countText,
  };
};
