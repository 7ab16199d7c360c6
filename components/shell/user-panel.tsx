import { LogOut } from "lucide-react";
import { signOutAction } from "@/app/(auth)/actions";
import { Avatar } from "@/components/ui/avatar";
import type { CurrentUser } from "@/lib/auth/current-user";

/** Who is signed in, with the sign-out button (a form posting to the sign-out action). */
export function UserPanel({ user }: { user: CurrentUser }) {
  return (
    <div className="flex items-center gap-3 rounded-xl py-2 pr-1 pl-2">
      <Avatar name={user.name} seed={user.email} />
      <div className="min-w-0 flex-1">
        <p className="truncate text-sm font-medium text-gray-900">{user.name}</p>
        <p className="truncate text-[13px] text-gray-500" title={user.email}>
          {user.email}
        </p>
      </div>
      <form action={signOutAction}>
        <button
          type="submit"
          title="Sign out"
          className="inline-flex h-9 items-center gap-1.5 rounded-lg px-2.5 text-[13px] font-medium text-gray-600 transition-colors hover:bg-gray-100 hover:text-gray-900"
        >
          <LogOut className="size-4" aria-hidden="true" />
          {/* Icon-only in the narrow desktop sidebar; the text stays the accessible name. */}
          <span className="lg:sr-only">Sign out</span>
        </button>
      </form>
    </div>
  );
}
