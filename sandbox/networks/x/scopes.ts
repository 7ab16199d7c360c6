/** X OAuth 2.0 scopes and how the consent page words them. */
export const X_SCOPES: Record<string, string> = {
  "tweet.read": "See posts from your timeline, including protected posts",
  "tweet.write": "Post and repost for you",
  "tweet.moderate.write": "Hide and unhide replies to your posts",
  "users.read": "See your profile information and the accounts you follow",
  "users.email": "See your email address",
  "follows.read": "See who you follow and who follows you",
  "follows.write": "Follow and unfollow accounts for you",
  "offline.access": "Stay connected to your account until you revoke access",
  "space.read": "See all the Spaces you can view",
  "mute.read": "See accounts you have muted",
  "mute.write": "Mute and unmute accounts for you",
  "like.read": "See posts you liked and likes you can view",
  "like.write": "Like and un-like posts for you",
  "list.read": "See lists, their members and followers",
  "list.write": "Create and manage lists for you",
  "block.read": "See accounts you have blocked",
  "block.write": "Block and unblock accounts for you",
  "bookmark.read": "Get bookmarked posts from an authenticated user",
  "bookmark.write": "Bookmark and remove bookmarks from posts",
  "media.write": "Upload media for you",
  "dm.read": "See all of your Direct Messages",
  "dm.write": "Send and manage Direct Messages for you",
};

/** Scopes each endpoint requires, from the x-openapi.json security requirements. */
export const X_ENDPOINT_SCOPES: Record<string, string[]> = {
  users_me: ["tweet.read", "users.read"],
  tweets: ["tweet.read", "tweet.write", "users.read"],
  users_tweets: ["tweet.read", "users.read"],
  media_upload: ["media.write"],
  media_initialize: ["media.write"],
  media_append: ["media.write"],
  media_finalize: ["media.write"],
  media_status: ["media.write"],
};
