"use client";

import { clsx } from "clsx";
import { ChevronLeft, ChevronRight, CircleAlert, Film, ImagePlus, X } from "lucide-react";
import { type Dispatch, type SetStateAction, useEffect, useId, useRef, useState } from "react";
import type { MediaItem } from "./compose-model";
import { ACCEPTED_TYPES } from "./networks";
import { uploadMedia } from "./upload-media";

const MAX_FILES = 35;

const formatSize = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;

/**
 * The post's images and videos: pick or drop files, each uploads at once with its progress, then
 * shows the server's thumbnail; the server's reason is shown for a refused file. Tiles can be
 * removed and moved left or right (the order is the order they're posted in).
 */
export function MediaStrip({
  items,
  setItems,
}: {
  items: MediaItem[];
  setItems: Dispatch<SetStateAction<MediaItem[]>>;
}) {
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const aborts = useRef(new Map<string, () => void>());
  const [dragging, setDragging] = useState(false);
  const [announcement, setAnnouncement] = useState("");

  // Uploads still running when the composer goes away are cancelled.
  useEffect(() => {
    const running = aborts.current;
    return () => {
      for (const abort of running.values()) abort();
    };
  }, []);

  const update = (key: string, next: (item: MediaItem) => MediaItem) =>
    setItems((current) => current.map((item) => (item.key === key ? next(item) : item)));

  const add = (files: FileList | File[]) => {
    const list = Array.from(files).slice(0, Math.max(0, MAX_FILES - items.length));
    for (const file of list) {
      const key = crypto.randomUUID();
      const localUrl = file.type.startsWith("image/") ? URL.createObjectURL(file) : undefined;
      setItems((current) => [
        ...current,
        { key, name: file.name, state: "uploading", progress: 0, localUrl },
      ]);
      const { promise, abort } = uploadMedia(file, (progress) =>
        update(key, (item) => (item.state === "uploading" ? { ...item, progress } : item)),
      );
      aborts.current.set(key, abort);
      promise
        .then((media) => {
          update(key, () => ({ key, name: file.name, state: "ready", media }));
          setAnnouncement(`${file.name} uploaded.`);
        })
        .catch((error: Error) => {
          update(key, () => ({ key, name: file.name, state: "error", error: error.message }));
          setAnnouncement(`${file.name} couldn't be uploaded: ${error.message}`);
        })
        .finally(() => {
          aborts.current.delete(key);
          if (localUrl) URL.revokeObjectURL(localUrl);
        });
    }
  };

  const remove = (key: string) => {
    aborts.current.get(key)?.();
    setItems((current) => current.filter((item) => item.key !== key));
  };

  const move = (key: string, delta: -1 | 1) =>
    setItems((current) => {
      const index = current.findIndex((item) => item.key === key);
      const target = index + delta;
      if (index < 0 || target < 0 || target >= current.length) return current;
      const next = [...current];
      [next[index], next[target]] = [next[target]!, next[index]!];
      return next;
    });

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping files is a shortcut; the labelled file input is the accessible way in
    <div
      className={clsx(
        "rounded-lg transition-colors",
        dragging && "bg-brand-50/60 outline-2 outline-dashed outline-brand-400",
      )}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes("Files")) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        if (event.dataTransfer.files.length) add(event.dataTransfer.files);
      }}
    >
      <ul className="flex flex-wrap gap-2.5" aria-label="Attached media">
        {items.map((item, index) => (
          <li key={item.key}>
            <MediaTile
              item={item}
              position={index + 1}
              total={items.length}
              onRemove={() => remove(item.key)}
              onMove={(delta) => move(item.key, delta)}
            />
          </li>
        ))}
        {items.length < MAX_FILES ? (
          <li>
            <label
              htmlFor={inputId}
              className="flex size-24 cursor-pointer flex-col items-center justify-center gap-1.5 rounded-lg border border-dashed border-gray-300 bg-gray-50/70 px-2 text-center text-[12px] leading-4 font-medium text-gray-600 transition-colors hover:border-brand-400 hover:bg-brand-50/50 hover:text-brand-700 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-500"
            >
              <ImagePlus className="size-5" aria-hidden="true" />
              Add photos or video
              <input
                ref={inputRef}
                id={inputId}
                type="file"
                multiple
                accept={ACCEPTED_TYPES.join(",")}
                className="sr-only"
                onChange={(event) => {
                  if (event.target.files?.length) add(event.target.files);
                  event.target.value = "";
                }}
              />
            </label>
          </li>
        ) : null}
      </ul>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

function MediaTile({
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
