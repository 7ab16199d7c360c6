import { clsx } from "clsx";
import { CircleAlert, CircleCheck, Info, TriangleAlert } from "lucide-react";
import type { ComponentProps, ReactNode } from "react";

export type AlertTone = "info" | "success" | "warning" | "danger";

const tones: Record<AlertTone, { box: string; icon: string; Icon: typeof Info }> = {
  info: { box: "border-sky-200 bg-sky-50 text-sky-900", icon: "text-sky-600", Icon: Info },
  success: {
    box: "border-emerald-200 bg-emerald-50 text-emerald-900",
    icon: "text-emerald-600",
    Icon: CircleCheck,
  },
  warning: {
    box: "border-amber-200 bg-amber-50 text-amber-900",
    icon: "text-amber-600",
    Icon: TriangleAlert,
  },
  danger: { box: "border-red-200 bg-red-50 text-red-900", icon: "text-red-600", Icon: CircleAlert },
};

/**
 * A notice box. It is not a live region by itself: put it inside <LiveRegion> (or pass
 * role="alert"/"status") when it appears in response to something the user did.
 */
export function Alert({
  tone = "info",
  title,
  actions,
  children,
  className,
  ...props
}: Omit<ComponentProps<"div">, "title"> & {
  tone?: AlertTone;
  title?: ReactNode;
  /** Buttons under the text, kept out of the text's dimming so they keep their own colours. */
  actions?: ReactNode;
}) {
  const { box, icon, Icon } = tones[tone];
  return (
    <div
      className={clsx("flex gap-3 rounded-lg border px-3.5 py-3 text-sm leading-6", box, className)}
      {...props}
    >
      <Icon className={clsx("mt-1 size-4 shrink-0", icon)} aria-hidden="true" />
      <div className="min-w-0 flex-1">
        {title ? <p className="font-medium">{title}</p> : null}
        {children ? <div className={clsx(title && "opacity-90")}>{children}</div> : null}
        {actions ? <div className="mt-3 flex flex-wrap gap-2">{actions}</div> : null}
      </div>
    </div>
  );
}

/**
 * A region that is always in the DOM so screen readers announce whatever is rendered into it
 * later (a form error after submit, for example).
 */
export function LiveRegion({
  politeness = "polite",
  className,
  ...props
}: ComponentProps<"div"> & { politeness?: "polite" | "assertive" }) {
  return <div aria-live={politeness} aria-atomic="true" className={className} {...props} />;
}
