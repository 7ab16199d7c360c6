"use client";

import { clsx } from "clsx";

export const textareaClass =
  "block min-h-40 w-full resize-y rounded-lg border bg-white px-3.5 py-3 text-[15px] leading-6 text-gray-900 shadow-card placeholder:text-gray-400 focus:ring-4 focus:outline-none sm:text-sm sm:leading-6";

/** The main post text; its id is what the "Post text" labels point at. */
export function MainText({ text, onText }: { text: string; onText: (text: string) => void }) {
  return (
    <textarea
      id="post-text"
      value={text}
      onChange={(event) => onText(event.target.value)}
      placeholder="What do you want to share?"
      rows={6}
      className={clsx(
        textareaClass,
        "border-gray-300 hover:border-gray-400 focus:border-brand-500 focus:ring-brand-500/15",
      )}
    />
  );
}

/** The text before any network is chosen: nothing to switch between, just the labelled text. */
export function PostText({ text, onText }: { text: string; onText: (text: string) => void }) {
  return (
    <div className="flex flex-col gap-2">
      <label htmlFor="post-text" className="text-sm font-medium text-gray-800">
        Post text
      </label>
      <MainText text={text} onText={onText} />
    </div>
  );
}
