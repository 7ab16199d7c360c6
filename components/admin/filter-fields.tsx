import { clsx } from "clsx";
import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";

/** Compact labelled controls for the admin filter bars (GET forms: no JavaScript needed). */
const control =
  "h-9 w-full rounded-lg border border-gray-300 bg-white px-3 text-sm text-gray-900 shadow-card " +
  "hover:border-gray-400 focus:border-brand-500 focus:ring-4 focus:ring-brand-500/15 focus:outline-none";

/**
 * The label and its control share `id`, so a field can't lose its name. `value` is the filter as
 * parsed from the URL; `className` places the field in the bar's grid.
 */
type FieldProps = {
  label: string;
  id: string;
  name: string;
  value: string | undefined;
  className?: string;
};

function Field({
  label,
  id,
  className,
  children,
}: Pick<FieldProps, "label" | "id" | "className"> & { children: ReactNode }) {
  return (
    <div className={clsx("flex min-w-0 flex-col gap-1", className)}>
      <label htmlFor={id} className="text-[12px] font-medium text-gray-600">
        {label}
      </label>
      {children}
    </div>
  );
}

export function FilterInputField({
  type,
  placeholder,
  ...field
}: FieldProps & { type: "search" | "date"; placeholder?: string }) {
  return (
    <Field {...field}>
      <input
        id={field.id}
        name={field.name}
        type={type}
        placeholder={placeholder}
        defaultValue={field.value ?? ""}
        className={clsx(control, "placeholder:text-gray-400")}
      />
    </Field>
  );
}

/** A select whose first, empty option (`anyLabel`) leaves the filter off. */
export function FilterSelectField({
  anyLabel,
  options,
  ...field
}: FieldProps & { anyLabel: string; options: { value: string; label: string }[] }) {
  return (
    <Field {...field}>
      <select
        id={field.id}
        name={field.name}
        defaultValue={field.value ?? ""}
        className={clsx(control, "pr-8")}
      >
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** Apply, and once a filter is on, Clear: a link back to the unfiltered page. */
export function FilterActions({
  clearHref,
  className,
}: {
  clearHref?: string;
  className?: string;
}) {
  return (
    <div className={clsx("flex gap-2", className)}>
      <button type="submit" className={buttonClasses()}>
        Apply
      </button>
      {clearHref ? (
        <a href={clearHref} className={buttonClasses({ variant: "ghost" })}>
          Clear
        </a>
      ) : null}
    </div>
  );
}
