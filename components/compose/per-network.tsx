"use client";

/**
 * The composer's per-network parts (text tabs, checks, the problems announcer), one download that
 * starts on the composer's first interaction: until an account is chosen there is nothing for
 * them to show, so a visit that only looks never fetches them.
 */
export { NetworkChecks, ProblemAnnouncer } from "./network-checks";
export { TextTabs } from "./text-tabs";
