import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Socialite", template: "%s · Socialite" },
  description: "Write once, publish to X, Facebook, Instagram and TikTok.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
