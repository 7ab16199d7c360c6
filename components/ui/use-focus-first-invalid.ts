"use client";

import { useEffect, useRef } from "react";

/**
 * After a submit comes back with field errors, move focus to the first invalid field so keyboard
 * and screen-reader users land on it (its error is read out through aria-describedby). Pass the
 * action state; focus moves each time a new state arrives.
 */
export function useFocusFirstInvalid(state: unknown) {
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!state) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);
  return formRef;
}
