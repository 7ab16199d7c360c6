import { clsx } from "clsx";
import {
  Bookmark,
  Globe,
  Heart,
  ImageOff,
  MessageCircle,
  Music2,
  Repeat2,
  Send,
  Share,
  ThumbsUp,
} from "lucide-react";
import type { ReactNode } from "react";
import { handleLabel } from "@/components/posts/post-view-model";
import { Avatar } from "@/components/ui/avatar";
import type { ProviderId } from "@/lib/providers/provider-id";
import type { ComposerAccount, UploadedMedia } from "./compose-model";

type PreviewProps = { account: ComposerAccount; text: string; media: UploadedMedia[] };

/**
 * A simple likeness of how the post will look on each network: who it's from, the text with its
 * line breaks, the media laid out the way the network does. Not pixel copies of the real apps.
 */
export function NetworkPreview({ provider, ...props }: PreviewProps & { provider: ProviderId }) {
  const Preview = PREVIEWS[provider];
  return <Preview {...props} />;
}

const PREVIEWS: Record<ProviderId, (props: PreviewProps) => ReactNode> = {
  x: XPreview,
  facebook: FacebookPreview,
  instagram: InstagramPreview,
  tiktok: TikTokPreview,
};

function Thumb({ media, className }: { media: UploadedMedia; className?: string }) {
  return media.kind === "VIDEO" ? (
    <video
      src={media.previewUrl}
      muted
      playsInline
      preload="metadata"
      className={clsx("size-full object-cover", className)}
    />
  ) : (
    // biome-ignore lint/performance/noImgElement: same-origin, owner-only thumbnail
    <img src={media.previewUrl} alt="" className={clsx("size-full object-cover", className)} />
  );
}

/** One image keeps its shape, within what the networks crop to (4:5 to 1.91:1). */
const singleRatio = (media: UploadedMedia): number =>
  media.width && media.height ? Math.min(1.91, Math.max(0.8, media.width / media.height)) : 16 / 9;

/** Up to four tiles the way X and Facebook arrange them: 1 wide, 2 side by side, 3 and 4 in a grid. */
function MediaGrid({ media, rounded }: { media: UploadedMedia[]; rounded: string }) {
  const shown = media.slice(0, 4);
  if (shown.length === 0) return null;
  const extra = media.length - shown.length;
  return (
    <div
      className={clsx(
        "grid gap-0.5 overflow-hidden bg-gray-100",
        rounded,
        shown.length === 1 ? "grid-cols-1" : "grid-cols-2",
        shown.length > 2 ? "aspect-[16/10] grid-rows-2" : shown.length === 2 ? "aspect-[16/9]" : "",
      )}
    >
      {shown.map((item, index) => (
        <div
          key={item.id}
          className={clsx("relative min-h-0", shown.length === 3 && index === 0 && "row-span-2")}
          style={shown.length === 1 ? { aspectRatio: singleRatio(item) } : undefined}
        >
          <Thumb media={item} />
          {extra > 0 && index === shown.length - 1 ? (
            <span className="absolute inset-0 flex items-center justify-center bg-black/50 text-lg font-semibold text-white">
              +{extra}
            </span>
          ) : null}
        </div>
      ))}
    </div>
  );
}

function Body({ text, className }: { text: string; className?: string }) {
  if (!text.trim()) return null;
  return (
    <p
      className={clsx(
        "text-[14px] leading-5 break-words whitespace-pre-wrap text-gray-900",
        className,
      )}
    >
      {text}
    </p>
  );
}

function XPreview({ account, text, media }: PreviewProps) {
  return (
    <article className="flex gap-3 rounded-xl border border-gray-200 bg-white p-3.5">
      <Avatar name={account.displayName} seed={account.id} />
      <div className="min-w-0 flex-1">
        <p className="flex min-w-0 flex-wrap items-baseline gap-x-1 text-[14px] leading-5">
          <span className="max-w-full truncate font-bold text-gray-950">{account.displayName}</span>
          <span className="max-w-full truncate text-gray-500">@{account.handle} · now</span>
        </p>
        <Body text={text} className="mt-0.5" />
        {media.length ? (
          <div className="mt-2.5">
            <MediaGrid media={media} rounded="rounded-2xl border border-gray-200" />
          </div>
        ) : null}
        <div className="mt-2.5 flex max-w-xs justify-between text-gray-400" aria-hidden="true">
          <MessageCircle className="size-4" />
          <Repeat2 className="size-4" />
          <Heart className="size-4" />
          <Share className="size-4" />
        </div>
      </div>
    </article>
  );
}

function FacebookPreview({ account, text, media }: PreviewProps) {
  const long = text.length > 480;
  return (
    <article className="overflow-hidden rounded-xl border border-gray-200 bg-white">
      <header className="flex items-center gap-2.5 px-3.5 pt-3">
        <Avatar name={account.displayName} seed={account.id} />
        <div className="min-w-0">
          <p className="truncate text-[14px] font-semibold text-gray-950">{account.displayName}</p>
          <p className="flex items-center gap-1 text-[12px] text-gray-500">
            Just now · <Globe className="size-3" aria-label="Public" />
          </p>
        </div>
      </header>
      <div className="px-3.5 py-2.5">
        <Body text={long ? `${text.slice(0, 480)}…` : text} />
        {long ? <p className="text-[14px] font-semibold text-gray-600">See more</p> : null}
      </div>
      <MediaGrid media={media} rounded="" />
      <footer
        className="mx-3.5 flex justify-around border-t border-gray-200 py-1.5 text-[13px] font-medium text-gray-500"
        aria-hidden="true"
      >
        <span className="flex items-center gap-1.5">
          <ThumbsUp className="size-4" /> Like
        </span>
        <span className="flex items-center gap-1.5">
          <MessageCircle className="size-4" /> Comment
        </span>
        <span className="flex items-center gap-1.5">
          <Share className="size-4" /> Share
        </span>
      </footer>
    </article>
  );
}

function InstagramPreview({ account, text, media }: PreviewProps) {
  const first = media[0];
  const caption = text.length > 125 ? `${text.slice(0, 125)}… more` : text;
  const handle = handleLabel(account.handle, account.displayName).replace(/^@/, "");
  return (
    <article className="overflow-hidden rounded-xl border border-gray-200 bg-white">
      <header className="flex items-center gap-2.5 px-3 py-2.5">
        <span className="rounded-full bg-gradient-to-tr from-amber-400 via-rose-500 to-fuchsia-600 p-[2px]">
          <span className="block rounded-full bg-white p-[1px]">
            <Avatar name={account.displayName} seed={account.id} size="sm" />
          </span>
        </span>
        <p className="truncate text-[13px] font-semibold text-gray-950">{handle}</p>
      </header>
      <div className="relative aspect-square bg-gray-100">
        {first ? (
          <Thumb media={first} />
        ) : (
          <div className="flex size-full flex-col items-center justify-center gap-2 text-[13px] text-gray-500">
            <ImageOff className="size-6" aria-hidden="true" />
            Instagram needs an image or video
          </div>
        )}
        {media.length > 1 ? (
          <span className="absolute top-2.5 right-2.5 rounded-full bg-black/60 px-2 py-0.5 text-[11px] font-medium text-white">
            1/{media.length}
          </span>
        ) : null}
      </div>
      <div className="flex items-center gap-3.5 px-3 pt-2.5 text-gray-900" aria-hidden="true">
        <Heart className="size-5" />
        <MessageCircle className="size-5" />
        <Send className="size-5" />
        <Bookmark className="ml-auto size-5" />
      </div>
      {media.length > 1 ? (
        <div className="flex justify-center gap-1 pt-1" aria-hidden="true">
          {media.slice(0, 10).map((item, index) => (
            <span
              key={item.id}
              className={clsx("size-1.5 rounded-full", index === 0 ? "bg-sky-500" : "bg-gray-300")}
            />
          ))}
        </div>
      ) : null}
      <p className="px-3 pt-1.5 pb-3 text-[13px] leading-5 break-words whitespace-pre-wrap text-gray-900">
        {caption.trim() ? (
          <>
            <span className="font-semibold">{handle}</span> {caption}
          </>
        ) : null}
      </p>
    </article>
  );
}

function TikTokPreview({ account, text, media }: PreviewProps) {
  const first = media[0];
  return (
    <article className="relative mx-auto aspect-[9/16] w-full max-w-[260px] overflow-hidden rounded-2xl bg-gray-950 text-white shadow-raised">
      {first ? (
        <Thumb media={first} className="absolute inset-0" />
      ) : (
        <div className="absolute inset-0 flex flex-col items-center justify-center gap-2 px-6 text-center text-[13px] text-gray-400">
          <ImageOff className="size-6" aria-hidden="true" />
          TikTok needs a video or at least one photo
        </div>
      )}
      <div className="absolute inset-x-0 bottom-0 bg-gradient-to-t from-black/80 via-black/40 to-transparent px-3 pt-12 pb-3">
        <p className="text-[13px] font-semibold">
          {handleLabel(account.handle, account.displayName)}
        </p>
        <p className="mt-1 line-clamp-3 text-[12px] leading-4 break-words whitespace-pre-wrap text-white/90">
          {text}
        </p>
        <p className="mt-1.5 flex items-center gap-1 text-[11px] text-white/80">
          <Music2 className="size-3" aria-hidden="true" /> Original sound
        </p>
      </div>
      <div
        className="absolute right-2 bottom-24 flex flex-col items-center gap-4 text-white"
        aria-hidden="true"
      >
        <Heart className="size-6 fill-white/90" />
        <MessageCircle className="size-6 fill-white/90" />
        <Bookmark className="size-6 fill-white/90" />
        <Share className="size-6" />
      </div>
      {media.length > 1 ? (
        <span className="absolute top-3 right-3 rounded-full bg-black/50 px-2 py-0.5 text-[11px] font-medium">
          1/{media.length}
        </span>
      ) : null}
    </article>
  );
}
