/** zod schemas of the control API's JSON bodies. */
import { z } from "zod";
import { PROVIDER_IDS } from "@/lib/providers/provider-id";

const network = z.enum(PROVIDER_IDS);

export const authorizeInputSchema = z
  .object({
    /** The full authorize URL the app would send the browser to (sandbox or real host). */
    url: z.string().min(1),
    /** User id or username; defaults to the network's first sandbox user. */
    user: z.string().min(1).optional(),
    /** Facebook: the Page ids to grant; defaults to all of the user's Pages. */
    pages: z.array(z.string()).optional(),
    /** Requested scopes the person declines (partial grant); the rest are granted. */
    declined: z.array(z.string().min(1)).optional(),
    decision: z.enum(["allow", "deny"]).default("allow"),
  })
  .strict();

export const autoApproveSchema = z
  .object({
    network,
    user: z.string().min(1),
    pages: z.array(z.string()).optional(),
    declined: z.array(z.string().min(1)).optional(),
  })
  .strict();

export const createUserSchema = z
  .object({
    network,
    username: z.string().regex(/^[A-Za-z0-9_.]{3,30}$/),
    name: z.string().min(1).max(60).optional(),
    isPrivate: z.boolean().optional(),
    accountType: z.enum(["BUSINESS", "MEDIA_CREATOR", "PERSONAL"]).optional(),
  })
  .strict();

export const accountActionSchema = z.object({ network, account: z.string().min(1) }).strict();

export const clockSchema = z.object({ advanceSeconds: z.number() }).strict();

export const redirectUriSchema = z.union([
  z.object({ appUrl: z.url() }).strict(),
  z.object({ network, redirectUri: z.url() }).strict(),
]);

export const networkSchema = network;
