"use client";

import { clsx } from "clsx";
import { ChevronLeft, ChevronRight, CircleAlert, Film, X } from "lucide-react";
import type { MediaItem } from "./compose-model";

const formatSize = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;

/** One attachment: its thumbnail, upload progress or the server's reason for refusing it. */
export function MediaTile({
  item,
  position,
  total,
  onRemove,
  onMove,
}: {
  item: MediaItem;
  position: number;
  total: number;
  onRemove: () => void;
  onMove: (delta: -1 | 1) => void;
}) {
  const label = `${item.name} (${position} of ${total})`;
  return (
    <figure
      className={clsx(
        "group relative size-24 overflow-hidden rounded-lg bg-gray-100 ring-1 ring-inset",
        item.state === "error" ? "ring-red-300 bg-red-50" : "ring-black/5",
      )}
    >
      {item.state === "ready" ? (
        item.media.kind === "VIDEO" ? (
          <>
            <video
              src={item.media.previewUrl}
              muted
              playsInline
              preload="metadata"
              className="size-full object-cover"
              aria-label={item.name}
            />
            <span className="absolute bottom-1.5 left-1.5 inline-flex items-center gap-1 rounded bg-black/60 px-1 py-0.5 text-[10px] font-medium text-white">
              <Film className="size-3" aria-hidden="true" />
              {item.media.durationMs ? `${Math.round(item.media.durationMs / 1000)} s` : "Video"}
            </span>
          </>
        ) : (
          // biome-ignore lint/performance/noImgElement: same-origin, owner-only thumbnail; next/image would proxy it
          <img
            src={item.media.previewUrl}
            alt={item.name}
            className="size-full object-cover"
            title={`${item.name} · ${item.media.width}×${item.media.height} · ${formatSize(item.media.bytes)}`}
          />
        )
      ) : item.state === "uploading" ? (
        <>
          {item.localUrl ? (
            // biome-ignore lint/performance/noImgElement: a local blob: preview while uploading
            <img src={item.localUrl} alt="" className="size-full object-cover opacity-40" />
          ) : null}
          <div className="absolute inset-x-2 bottom-2">
            <div
              role="progressbar"
              aria-label={`Uploading ${item.name}`}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={Math.round(item.progress * 100)}
              className="h-1.5 overflow-hidden rounded-full bg-white/80 ring-1 ring-black/5"
            >
              <div
                className="h-full rounded-full bg-brand-600 transition-[width] duration-200"
                style={{ width: `${Math.max(4, Math.round(item.progress * 100))}%` }}
              />
            </div>
            <p className="mt-1 text-center text-[10px] font-medium text-gray-700">
              {Math.round(item.progress * 100)}%
            </p>
          </div>
        </>
      ) : (
        <figcaption className="flex size-full flex-col gap-1 overflow-hidden p-2 pr-6 text-[11px] leading-[14px] text-red-800">
          <CircleAlert className="size-3.5 shrink-0 text-red-600" aria-hidden="true" />
          <span className="line-clamp-4" title={item.error}>
            {item.error}
          </span>
        </figcaption>
      )}

      <button
        type="button"
        onClick={onRemove}
        className="absolute top-1 right-1 inline-flex size-6 items-center justify-center rounded-full bg-gray-950/70 text-white shadow-sm hover:bg-gray-950"
        aria-label={`Remove ${label}`}
      >
        <X className="size-3.5" aria-hidden="true" />
      </button>
      {item.state === "ready" && total > 1 ? (
        <div className="absolute right-1 bottom-1 flex gap-0.5 opacity-0 transition-opacity group-focus-within:opacity-100 group-hover:opacity-100">
          <button
            type="button"
            disabled={position === 1}
            onClick={() => onMove(-1)}
            className="inline-flex size-6 items-center justify-center rounded-full bg-white/90 text-gray-800 shadow-sm ring-1 ring-black/5 disabled:hidden"
            aria-label={`Move ${label} earlier`}
          >
            <ChevronLeft className="size-3.5" aria-hidden="true" />
          </button>
          <button
            type="button"
            disabled={position === total}
            onClick={() => onMove(1)}
            className="inline-flex size-6 items-center justify-center rounded-full bg-white/90 text-gray-800 shadow-sm ring-1 ring-black/5 disabled:hidden"
            aria-label={`Move ${label} later`}
          >
            <ChevronRight className="size-3.5" aria-hidden="true" />
          </button>
        </div>
      ) : null}
    </figure>
  );
}
