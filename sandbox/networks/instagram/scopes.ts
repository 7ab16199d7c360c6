/** Instagram API with Instagram Login permissions, worded for the consent page. */
export const INSTAGRAM_SCOPES: Record<string, string> = {
  instagram_business_basic: "Access your profile info and media",
  instagram_business_content_publish: "Publish photos, videos, reels and stories to your account",
  instagram_business_manage_comments: "Read and reply to comments on your media",
  instagram_business_manage_messages: "Read and send direct messages",
  instagram_business_manage_insights: "Read insights about your account and media",
};
