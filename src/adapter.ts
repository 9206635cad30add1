/** What the service expects of each platform adapter (Discord, Slack). */
import type { Config } from './config.js';
import type { Logger } from './log.js';
import type { Screener } from './pipeline.js';
import type { ReviewStore } from './review/store.js';

export interface AdapterStatus {
  enabled: boolean;
  connected: boolean;
  /** e.g. "missing Manage Messages in 2 guilds", or why it is disabled. */
  detail?: string;
}

export interface AdapterHandle {
  readonly name: 'discord' | 'slack';
  status(): AdapterStatus;
  stop(): Promise<void>;
}

export interface AdapterDeps {
  config: Config;
  screener: Screener;
  store: ReviewStore;
  log: Logger;
  /** Base URL of the review dashboard, for "Open in dashboard" buttons. */
  dashboardUrl: string;
}
