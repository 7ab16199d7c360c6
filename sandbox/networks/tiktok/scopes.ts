/** TikTok Login Kit scopes, how the consent page words them, and which user fields need which. */
export const TIKTOK_SCOPES: Record<string, string> = {
  "user.info.basic": "Read your profile info (avatar, display name)",
  "user.info.profile": "Read your profile details (username, bio, verified status)",
  "user.info.stats": "Read your statistics (likes, followers, following, videos)",
  "video.list": "Read your public videos on TikTok",
  "video.publish": "Directly post content to your TikTok profile",
  "video.upload": "Share content to your TikTok account as a draft",
};

/** Fields of the Video object that /v2/video/list/ serves. */
export const VIDEO_FIELDS = [
  "id",
  "create_time",
  "cover_image_url",
  "share_url",
  "video_description",
  "duration",
  "height",
  "width",
  "title",
  "embed_html",
  "embed_link",
  "like_count",
  "comment_count",
  "share_count",
  "view_count",
] as const;

export const USER_FIELD_SCOPES: Record<string, string> = {
  open_id: "user.info.basic",
  union_id: "user.info.basic",
  avatar_url: "user.info.basic",
  avatar_url_100: "user.info.basic",
  avatar_large_url: "user.info.basic",
  display_name: "user.info.basic",
  bio_description: "user.info.profile",
  profile_deep_link: "user.info.profile",
  is_verified: "user.info.profile",
  username: "user.info.profile",
  follower_count: "user.info.stats",
  following_count: "user.info.stats",
  likes_count: "user.info.stats",
  video_count: "user.info.stats",
};
