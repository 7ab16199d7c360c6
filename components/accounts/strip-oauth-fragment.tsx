"use client";

import { useEffect } from "react";

/**
 * Facebook's redirect appends "#_=_" and Instagram's "#_"; the browser keeps that fragment through
 * the callback's redirect to this page. It means nothing here, so it is dropped from the address bar.
 */
export function StripOAuthFragment() {
  useEffect(() => {
    const { hash, pathname, search } = window.location;
    if (hash === "#_=_" || hash === "#_") {
      window.history.replaceState(window.history.state, "", `${pathname}${search}`);
    }
  }, []);
  return null;
}
