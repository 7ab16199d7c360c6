"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ComponentProps } from "react";

/**
 * A link that marks itself aria-current="page" when it leads to the page shown (or, unless
 * `exact`, to one below it). Styles key off that attribute (`aria-[current=page]:`), so the lists
 * of links around it stay server components and only this small piece needs the path.
 */
export function ActiveLink({
  href,
  exact = false,
  ...props
}: Omit<ComponentProps<typeof Link>, "href"> & { href: string; exact?: boolean }) {
  const pathname = usePathname();
  const active = pathname === href || (!exact && pathname.startsWith(`${href}/`));
  return <Link href={href} aria-current={active ? "page" : undefined} {...props} />;
}
