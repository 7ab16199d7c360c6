-- TikTok targets saved before the audience became a required choice get "Only me", the one
-- audience that can't show the post to anyone the person didn't mean to reach. From here on every
-- stored TikTok target names its audience, so the worker and the editor never have to guess.
-- Published targets keep what they were stored with: that is history.
UPDATE "PostTarget"
SET "settings" = jsonb_set("settings", '{privacyLevel}', '"SELF_ONLY"')
WHERE "provider" = 'tiktok'
  AND "status" <> 'PUBLISHED'
  AND "settings"->'privacyLevel' IS NULL;
