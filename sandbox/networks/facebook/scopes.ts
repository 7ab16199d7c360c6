/** Facebook Login permissions the sandbox knows, worded for the dialog. */
export const FACEBOOK_SCOPES: Record<string, string> = {
  public_profile: "Your name and profile picture",
  email: "Your email address",
  pages_show_list: "Show a list of the Pages you manage",
  pages_manage_posts: "Create, edit and delete your Page posts",
  pages_read_engagement: "Read content posted on the Page",
  pages_manage_engagement: "Create, edit and delete comments posted on the Page",
  pages_read_user_engagement: "Read user content on your Page",
  pages_manage_metadata: "Manage accounts, settings and webhooks for a Page",
  publish_video: "Publish videos to your Pages",
  read_insights: "Read Page insights",
  business_management: "Manage your business",
  instagram_basic: "Access profile and posts from the Instagram account connected to your Page",
  instagram_content_publish: "Create posts on the Instagram account connected to your Page",
};
