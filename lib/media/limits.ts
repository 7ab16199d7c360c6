/**
 * Upload limits (ASVS 5.2.1 size, 5.2.6 pixel flood). Socialite keeps one original per upload and
 * derives what each network needs at publish time, so these are the *largest* any supported network
 * can use, not the smallest. Per-network limits (X image 5 MB / GIF 15 MB, Instagram JPEG 8 MB,
 * aspect ratios, durations) are checked by each provider's publishing validation, where the person
 * can be told which network objects and why (/work/shared/providers.md §1.5, §3C, §4.7).
 */

/**
 * 20 MB: TikTok photos go up to 20 MB (§4.7), the largest image any network takes; X (5 MB) and
 * Instagram (8 MB) get a re-encoded copy.
 */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

/**
 * 250 MB: under Instagram Reels' 300 MB (§3C) with headroom, well under X (512 MB) and TikTok
 * (4 GB). The upload is held in memory while it is checked, so this also bounds a request's RAM.
 */
export const MAX_VIDEO_BYTES = 250 * 1024 * 1024;

/** The largest body POST /api/media reads: the largest file plus room for the multipart framing. */
export const MAX_UPLOAD_BODY_BYTES = MAX_VIDEO_BYTES + 64 * 1024;

/**
 * 50 megapixels per frame, checked from the header before any decode: a tiny PNG can declare
 * 30000x30000 (3.6 GB of RGBA once decoded). 50 MP still admits every phone and DSLR photo
 * (a 48 MP phone is 8064x6048), and no network keeps more than ~12 MP anyway.
 */
export const MAX_IMAGE_PIXELS = 50_000_000;

/**
 * Frames x frame area for animations (GIF/WebP), which are decoded frame by frame: bounds the CPU
 * one upload can cost. 300 MP is e.g. 1000x1000 x 300 frames, far beyond X's 15 MB GIFs.
 */
export const MAX_ANIMATION_PIXELS = 300_000_000;

/** Longest side of the composer's preview thumbnail. */
export const PREVIEW_MAX_SIDE = 480;
