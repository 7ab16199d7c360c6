import { clsx } from "clsx";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

export type Column = {
  label: string;
  /** The column holds controls that explain themselves on screen: name it to screen readers only. */
  srOnly?: boolean;
  /** Numbers read best right-aligned, under a right-aligned header. */
  align?: "right";
};

/**
 * An admin table that stacks into one card per row below md. There the head is visually hidden
 * but still names each column to screen readers; the rows (children) style both layouts and
 * label their own cells on a phone. The outer columns take the card's wider inset.
 */
export function DataTable({
  caption,
  columns,
  children,
}: {
  caption: string;
  columns: Column[];
  children: ReactNode;
}) {
  return (
    <Card className="overflow-hidden">
      <table className="block w-full text-left text-[13px] leading-5 md:table">
        <caption className="sr-only">{caption}</caption>
        <thead className="sr-only md:not-sr-only md:table-header-group">
          <tr className="border-b border-gray-200 bg-gray-50/80 text-[12px] text-gray-500">
            {columns.map(({ label, srOnly, align }, index) => (
              <th
                key={label}
                scope="col"
                className={clsx(
                  "px-3 py-2.5 font-medium",
                  align === "right" && "text-right",
                  index === 0 && "md:pl-5",
                  index === columns.length - 1 && "md:pr-5",
                )}
              >
                {srOnly ? <span className="sr-only">{label}</span> : label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="block divide-y divide-gray-100 md:table-row-group">{children}</tbody>
      </table>
    </Card>
  );
}
