/**
 * What TikTok lets this creator do right now (creator_info, providers.md §4.6) turned into the
 * composer's choices and the post's settings. TikTok's guidelines ask apps to show the creator's
 * name and avatar, offer only the creator's privacy options and respect disabled interactions.
 * Until TikTok audits the app, every post is SELF_ONLY (§4.4), whatever creator_info lists.
 */
import { ProviderError } from "../provider-error";
import type { PublishOptionField, PublishOptions } from "../publishing-types";
import type { CreatorInfo, PostInfo } from "./tiktok-publish-api";
import type { TikTokSettings } from "./validate";

const PRIVACY_LABELS: Record<string, string> = {
  PUBLIC_TO_EVERYONE: "Everyone",
  MUTUAL_FOLLOW_FRIENDS: "Friends (followers you follow back)",
  FOLLOWER_OF_CREATOR: "Followers",
  SELF_ONLY: "Only me",
};

/** The privacy levels Socialite may use for this creator: SELF_ONLY alone while unaudited. */
export const allowedPrivacy = (info: CreatorInfo, audited: boolean): string[] =>
  audited
    ? info.privacy_level_options
    : info.privacy_level_options.filter((level) => level === "SELF_ONLY");

const refused = (providerCode: string, message: string) =>
  new ProviderError({ kind: "invalid_content", provider: "tiktok", providerCode, message });

/** The post_info flags for these settings; throws invalid_content for an audience not on offer. */
export function resolvePostInfo(
  info: CreatorInfo,
  settings: TikTokSettings,
  audited: boolean,
  isVideo: boolean,
): PostInfo {
  const allowed = allowedPrivacy(info, audited);
  const requested = settings.privacyLevel;
  if (requested !== undefined && !allowed.includes(requested)) {
    throw refused(
      "privacy_level_option_mismatch",
      audited
        ? "This TikTok account does not offer the chosen audience right now; choose another one."
        : "Until Socialite's TikTok app passes TikTok's review, posts can only be visible to the creator (Only me).",
    );
  }
  if (allowed.length === 0)
    throw refused(
      "no_privacy_option",
      "TikTok offers no audience Socialite may post to for this account.",
    );
  // Every stored target names its audience (createPost requires it, and the migration
  // tiktok_audience_chosen gave older ones "Only me"): a missing one is never guessed.
  if (!requested)
    throw refused(
      "privacy_level_required",
      "This post doesn't say who can see it on TikTok, and TikTok needs that choice. Post it again and choose who can see it.",
    );
  // A creator who turned an interaction off in TikTok keeps it off, whatever the composer sent.
  const postInfo: PostInfo = {
    privacy_level: requested,
    disable_comment: Boolean(settings.disableComment || info.comment_disabled),
  };
  if (isVideo) {
    postInfo.disable_duet = Boolean(settings.disableDuet || info.duet_disabled);
    postInfo.disable_stitch = Boolean(settings.disableStitch || info.stitch_disabled);
  }
  return postInfo;
}

const toggle = (
  key: string,
  label: string,
  forcedOff: boolean | undefined,
): PublishOptionField => ({
  kind: "toggle",
  key,
  label,
  defaultValue: Boolean(forcedOff),
  locked: Boolean(forcedOff),
});

export function toPublishOptions(info: CreatorInfo, audited: boolean): PublishOptions {
  const allowed = allowedPrivacy(info, audited);
  const fields: PublishOptionField[] = [
    {
      kind: "choice",
      key: "privacyLevel",
      label: "Who can see this post",
      choices: allowed.map((value) => ({ value, label: PRIVACY_LABELS[value] ?? value })),
      // Nothing pre-selected, even when "Only me" is the one choice (TikTok's UX guidelines).
      placeholder: "Choose who can see it",
    },
    toggle("disableComment", "Turn off comments", info.comment_disabled),
    toggle("disableDuet", "Turn off Duet", info.duet_disabled),
    toggle("disableStitch", "Turn off Stitch", info.stitch_disabled),
  ];
  return {
    fields,
    postingAs: {
      name: info.creator_nickname || info.creator_username,
      ...(info.creator_avatar_url ? { avatarUrl: info.creator_avatar_url } : {}),
    },
    ...(info.max_video_post_duration_sec
      ? { maxVideoDurationMs: info.max_video_post_duration_sec * 1000 }
      : {}),
    notices: audited
      ? []
      : [
          "Until Socialite's TikTok app passes TikTok's review, posts are visible only to the creator, and the TikTok account must be private.",
        ],
  };
}
