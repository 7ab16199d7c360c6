/** Refusals of a composed post, with words for the person and the rule that failed. */
import type { ValidationIssue } from "@/lib/providers/publishing-types";

export type TargetIssues = {
  accountId: string;
  handle: string;
  network: string;
  issues: ValidationIssue[];
};

export class PostRejectedError extends Error {
  constructor(
    message: string,
    readonly targets: TargetIssues[] = [],
  ) {
    super(message);
    this.name = "PostRejectedError";
  }
}
