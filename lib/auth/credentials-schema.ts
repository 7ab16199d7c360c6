/**
 * Sign-up and sign-in inputs. Password rules follow ASVS 6.2: at least 8 characters, at least 64
 * allowed (we allow 128), no composition rules, verified exactly as typed (no trimming).
 */
import { z } from "zod";

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, { message: "That email address is too long." })
  .pipe(z.email({ message: "Enter a valid email address." }));

export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN, { message: `Use at least ${PASSWORD_MIN} characters.` })
  .max(PASSWORD_MAX, { message: `Use at most ${PASSWORD_MAX} characters.` });

export const signUpSchema = z.object({
  name: z.string().trim().min(1, { message: "Tell us your name." }).max(100),
  email: emailSchema,
  password: newPasswordSchema,
});

export const signInSchema = z.object({
  email: emailSchema,
  // Any length is accepted here so the check itself decides; the cap only bounds hashing cost.
  password: z.string().min(1, { message: "Enter your password." }).max(1024),
});

export type SignUpInput = z.infer<typeof signUpSchema>;
export type SignInInput = z.infer<typeof signInSchema>;
