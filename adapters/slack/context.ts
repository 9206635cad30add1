/** Everything a listener or the platform actions need, built once in index.ts. */
import type { Config } from '../../src/config.js';
import type { Logger } from '../../src/log.js';
import type { Screener } from '../../src/pipeline.js';
import type { PlatformActions } from '../../src/platform.js';
import type { ReviewStore } from '../../src/review/store.js';
import type { SlackClients } from './clients.js';
import type { Directory } from './directory.js';
import type { FirstSeen } from './first-seen.js';

export interface SlackContext {
  config: Config;
  screener: Screener;
  store: ReviewStore;
  log: Logger;
  dashboardUrl: string;
  clients: SlackClients;
  directory: Directory;
  firstSeen: FirstSeen;
  actions: PlatformActions;
}
