import { clsx } from "clsx";
import type { ComponentProps } from "react";

/** A white surface with a hairline border; compose with CardHeader / CardBody / CardFooter. */
export function Card({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      className={clsx("rounded-xl border border-gray-200 bg-white shadow-card", className)}
      {...props}
    />
  );
}

export function CardHeader({ className, ...props }: ComponentProps<"div">) {
  return <div className={clsx("flex flex-col gap-1 px-5 pt-5 sm:px-6", className)} {...props} />;
}

export function CardTitle({ className, ...props }: ComponentProps<"h2">) {
  return (
    <h2
      className={clsx("text-[15px] font-semibold tracking-tight text-gray-900", className)}
      {...props}
    />
  );
}

export function CardDescription({ className, ...props }: ComponentProps<"p">) {
  return <p className={clsx("text-sm leading-6 text-gray-600", className)} {...props} />;
}

export function CardBody({ className, ...props }: ComponentProps<"div">) {
  return <div className={clsx("px-5 py-5 sm:px-6", className)} {...props} />;
}

export function CardFooter({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      className={clsx(
        "flex items-center gap-3 rounded-b-xl border-t border-gray-100 bg-gray-50/70 px-5 py-3 sm:px-6",
        className,
      )}
      {...props}
    />
  );
}
