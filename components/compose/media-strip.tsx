"use client";

import { clsx } from "clsx";
import { ImagePlus } from "lucide-react";
import {
  type Dispatch,
  lazy,
  type SetStateAction,
  useEffect,
  useId,
  useRef,
  useState,
} from "react";
import { Deferred } from "@/components/ui/deferred";
import type { MediaItem } from "./compose-model";
import { ACCEPTED_TYPES } from "./networks";

const MAX_FILES = 35;

// Tiles and the uploader download with the first file, not with the page: most visits to the
// composer start with the text, and the drop zone alone needs neither.
const loadTile = () => import("./media-tile");
const loadUploader = () => import("./upload-media");
const MediaTile = lazy(() => loadTile().then((module) => ({ default: module.MediaTile })));

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
    void loadTile().catch(() => undefined);
    for (const file of list) {
      const key = crypto.randomUUID();
      const localUrl = file.type.startsWith("image/") ? URL.createObjectURL(file) : undefined;
      setItems((current) => [
        ...current,
        { key, name: file.name, state: "uploading", progress: 0, localUrl },
      ]);
      // Removing the tile before the uploader arrives must stop the upload from ever starting.
      let removed = false;
      aborts.current.set(key, () => {
        removed = true;
      });
      loadUploader()
        .then(({ uploadMedia }) => {
          if (removed) return null;
          const { promise, abort } = uploadMedia(file, (progress) =>
            update(key, (item) => (item.state === "uploading" ? { ...item, progress } : item)),
          );
          aborts.current.set(key, abort);
          return promise;
        })
        .then((media) => {
          if (!media) return;
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
            <Deferred
              loading={<div className="size-24 rounded-lg bg-gray-100" />}
              failed={
                <div className="flex size-24 items-center justify-center rounded-lg bg-gray-100 p-2 text-center text-[11px] break-all text-gray-600">
                  {item.name}
                </div>
              }
            >
              <MediaTile
                item={item}
                position={index + 1}
                total={items.length}
                onRemove={() => remove(item.key)}
                onMove={(delta) => move(item.key, delta)}
              />
            </Deferred>
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
