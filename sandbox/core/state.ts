/**
 * All sandbox state, in memory. `reset()` returns it to the seeded defaults (clock, config,
 * users, tokens, posts, faults, counters) but keeps the registered redirect URIs, which are setup
 * rather than data.
 */
import type { ProviderId } from "@/lib/providers/provider-id";
import { FacebookStore } from "../networks/facebook/store";
import { InstagramStore } from "../networks/instagram/store";
import { TikTokStore } from "../networks/tiktok/store";
import { XStore } from "../networks/x/store";
import { ClientRegistry } from "../oauth/clients";
import { CodeStore } from "../oauth/codes";
import { TokenStore } from "../oauth/tokens";
import { Clock } from "./clock";
import { defaultConfig, type SandboxConfig } from "./config";
import { Counters } from "./counters";
import { FaultStore } from "./faults";
import { PostStore } from "./posts";
import { seedDirectory, type UserDirectory } from "./users";

export type AutoApproval = { user: string; pages?: string[]; declined?: string[] };

export class SandboxState {
  readonly clock = new Clock();
  readonly clients: ClientRegistry;
  readonly faults = new FaultStore();
  readonly counters = new Counters();
  config: SandboxConfig = defaultConfig();
  directory: UserDirectory = seedDirectory();
  codes = new CodeStore();
  tokens = new TokenStore();
  posts = new PostStore();
  x = new XStore();
  facebook = new FacebookStore();
  instagram = new InstagramStore();
  tiktok = new TikTokStore();
  /** When set, the network's authorize page approves at once as this user (browser e2e tests). */
  autoApprove: Partial<Record<ProviderId, AutoApproval>> = {};

  constructor(appUrls: readonly string[]) {
    this.clients = new ClientRegistry(appUrls);
  }

  now(): number {
    return this.clock.now();
  }

  reset(): void {
    this.clock.reset();
    this.faults.clear();
    this.counters.reset();
    this.config = defaultConfig();
    this.directory = seedDirectory();
    this.codes = new CodeStore();
    this.tokens = new TokenStore();
    this.posts = new PostStore();
    this.x = new XStore();
    this.facebook = new FacebookStore();
    this.instagram = new InstagramStore();
    this.tiktok = new TikTokStore();
    this.autoApprove = {};
  }
}
