"use client";

import { Component, type ReactNode, Suspense } from "react";

/**
 * A part of a page that downloads when needed (React.lazy): `loading` shows while it arrives and
 * `failed` if it can't arrive (offline, or a new deploy replaced the files). Without this, the
 * failed download would reach the page's error boundary and take the whole form, and everything
 * typed into it, down with it.
 */
export function Deferred({
  loading,
  failed = loading,
  children,
}: {
  loading: ReactNode;
  failed?: ReactNode;
  children: ReactNode;
}) {
  return (
    <DownloadBoundary failed={failed}>
      <Suspense fallback={loading}>{children}</Suspense>
    </DownloadBoundary>
  );
}

class DownloadBoundary extends Component<
  { failed: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    return this.state.failed ? this.props.failed : this.props.children;
  }
}
