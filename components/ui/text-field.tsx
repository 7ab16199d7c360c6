import { clsx } from "clsx";
import { CircleAlert } from "lucide-react";
import type { ComponentProps, ReactNode } from "react";

type TextFieldProps = Omit<ComponentProps<"input">, "id" | "name"> & {
  /** The form field name; also the basis of the element ids unless `id` is given. */
  name: string;
  id?: string;
  label: ReactNode;
  /** Shown under the input while there is no error. */
  hint?: ReactNode;
  /** Field error; marks the input aria-invalid and describes it. */
  error?: string;
  /** Something to the right of the label, e.g. a "Forgot password?" link. */
  labelAside?: ReactNode;
  /** A control inside the input's right edge, e.g. a show-password toggle. */
  trailing?: ReactNode;
};

/** A labelled input with hint and error text wired up through aria-describedby. */
export function TextField({
  name,
  id = `field-${name}`,
  label,
  hint,
  error,
  labelAside,
  trailing,
  className,
  ...inputProps
}: TextFieldProps) {
  // The hint gives way to the error, so only one of them describes the input.
  const hintId = hint && !error ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={clsx("flex flex-col gap-1.5", className)}>
      <div className="flex items-baseline justify-between gap-3">
        <label htmlFor={id} className="text-sm font-medium text-gray-800">
          {label}
        </label>
        {labelAside}
      </div>
      <div className="relative">
        <input
          id={id}
          name={name}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={clsx(
            "h-11 w-full rounded-lg border bg-white px-3.5 text-[15px] text-gray-900 shadow-card",
            "placeholder:text-gray-400 transition-[border-color,box-shadow] duration-150",
            "focus:outline-none focus-visible:outline-none focus:ring-4",
            "disabled:cursor-not-allowed disabled:bg-gray-50 disabled:text-gray-500 sm:h-10 sm:text-sm",
            error
              ? "border-red-400 focus:border-red-500 focus:ring-red-500/15"
              : "border-gray-300 hover:border-gray-400 focus:border-brand-500 focus:ring-brand-500/15",
            trailing && "pr-11",
          )}
          {...inputProps}
        />
        {trailing ? (
          <div className="absolute inset-y-0 right-0 flex items-center pr-1">{trailing}</div>
        ) : null}
      </div>
      {error ? (
        <p id={errorId} className="flex items-start gap-1.5 text-[13px] leading-5 text-red-700">
          <CircleAlert className="mt-0.5 size-3.5 shrink-0" aria-hidden="true" />
          {error}
        </p>
      ) : null}
      {hintId ? (
        <p id={hintId} className="text-[13px] leading-5 text-gray-500">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
