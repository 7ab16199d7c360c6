import Link from "next/link";
import type { ComponentProps } from "react";
import { buttonClasses, type StyleProps } from "./button";

/**
 * A next/link styled as a button, for navigation (never use a button to navigate). Its own module,
 * so client components that only need a Button don't ship next/link.
 */
export function ButtonLink({
  variant,
  size,
  block,
  className,
  ...props
}: ComponentProps<typeof Link> & StyleProps) {
  return <Link className={buttonClasses({ variant, size, block, className })} {...props} />;
}
