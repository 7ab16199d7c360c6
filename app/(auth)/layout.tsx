import { CalendarClock, Check, ShieldCheck, Sparkles } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { Logo } from "@/components/shell/logo";

/** Sign-in and sign-up: the form on the left, a short product pitch on the right (desktop only). */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-dvh bg-white">
      <div className="flex min-w-0 flex-1 flex-col px-5 py-6 sm:px-10 sm:py-8">
        <header>
          <Link href="/" className="inline-flex rounded-md" aria-label="Socialite home">
            <Logo />
          </Link>
        </header>
        <main className="flex flex-1 items-start justify-center pt-10 sm:items-center sm:pt-0">
          <div className="w-full max-w-[400px] py-6">{children}</div>
        </main>
        <footer className="text-center text-[13px] text-gray-500 sm:text-left">
          Socialite · open-source publishing for X, Facebook, Instagram and TikTok
        </footer>
      </div>
      <Pitch />
    </div>
  );
}

const POINTS = [
  { icon: Sparkles, text: "One draft, tailored per network: limits and previews as you type." },
  {
    icon: CalendarClock,
    text: "Publish now or schedule, with every post's delivery status in one list.",
  },
  {
    icon: ShieldCheck,
    text: "Access tokens encrypted at rest; we tell you before a link expires.",
  },
];

function Pitch() {
  return (
    <aside
      aria-label="About Socialite"
      className="relative hidden w-[46%] max-w-[720px] flex-col justify-center overflow-hidden bg-brand-950 px-14 py-12 text-white lg:flex xl:px-20"
    >
      <div
        aria-hidden="true"
        className="absolute inset-0 bg-[radial-gradient(120%_80%_at_100%_0%,var(--color-brand-700)_0%,transparent_55%),radial-gradient(90%_70%_at_0%_100%,var(--color-brand-800)_0%,transparent_60%)]"
      />
      <div
        aria-hidden="true"
        className="absolute inset-0 bg-[linear-gradient(to_right,rgb(255_255_255/0.04)_1px,transparent_1px),linear-gradient(to_bottom,rgb(255_255_255/0.04)_1px,transparent_1px)] [background-size:40px_40px] [mask-image:linear-gradient(to_bottom,black,transparent_85%)]"
      />
      <div className="relative max-w-md">
        <p className="text-sm font-medium text-brand-200">Write once, publish everywhere</p>
        <h2 className="mt-3 text-[30px] leading-[1.2] font-semibold tracking-tight text-balance">
          <span className="block">One post. Every network.</span>
          <span className="block text-brand-200">Right on time.</span>
        </h2>
        <p className="mt-4 text-[15px] leading-7 text-brand-100/80">
          Link your X, Facebook Page, Instagram and TikTok accounts, write once, and Socialite
          publishes everywhere — now or on schedule.
        </p>
        <PreviewCard />
        <ul className="mt-8 flex flex-col gap-3.5">
          {POINTS.map(({ icon: Icon, text }) => (
            <li key={text} className="flex gap-3 text-sm leading-6 text-brand-50/90">
              <span className="mt-0.5 flex size-6 shrink-0 items-center justify-center rounded-md bg-white/10 ring-1 ring-white/15">
                <Icon className="size-3.5" aria-hidden="true" />
              </span>
              {text}
            </li>
          ))}
        </ul>
      </div>
    </aside>
  );
}

const TARGETS = [
  { name: "X", status: "Published", tone: "bg-emerald-400" },
  { name: "Facebook", status: "Published", tone: "bg-emerald-400" },
  { name: "Instagram", status: "9:00 AM", tone: "bg-amber-300" },
  { name: "TikTok", status: "9:00 AM", tone: "bg-amber-300" },
];

/** A drawing of a post going out to four networks. Decorative: the text above says it all. */
function PreviewCard() {
  return (
    <div
      aria-hidden="true"
      className="mt-8 rounded-2xl bg-white/[0.97] p-5 text-gray-900 shadow-2xl shadow-black/30 ring-1 ring-white/20"
    >
      <div className="flex items-center gap-3">
        <span className="flex size-9 items-center justify-center rounded-full bg-amber-100 text-[13px] font-semibold text-amber-800">
          NB
        </span>
        <div className="min-w-0">
          <p className="text-sm font-semibold">Northwind Bakery</p>
          <p className="text-xs text-gray-500">Scheduled · Tomorrow, 9:00 AM</p>
        </div>
      </div>
      <p className="mt-4 text-[14px] leading-6 text-gray-800">
        Sourdough Saturday is back. Fresh loaves from 8am, and the first twenty through the door get
        a free cinnamon knot.
      </p>
      <div className="mt-4 grid grid-cols-2 gap-2">
        {TARGETS.map((target) => (
          <div
            key={target.name}
            className="flex items-center justify-between rounded-lg border border-gray-200 bg-gray-50 px-2.5 py-1.5 text-xs"
          >
            <span className="font-medium text-gray-800">{target.name}</span>
            <span className="flex items-center gap-1.5 text-gray-500">
              <span className={`size-1.5 rounded-full ${target.tone}`} />
              {target.status === "Published" ? (
                <>
                  <Check className="size-3 text-emerald-600" />
                  Sent
                </>
              ) : (
                target.status
              )}
            </span>
          </div>
        ))}
      </div>
    </div>
  );
}
