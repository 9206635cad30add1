/** What every Discord handler gets: the core's dependencies plus the adapter's own state. */
import type { Client } from 'discord.js';
import type { AdapterDeps } from '../../src/adapter.js';
import type { Logger } from '../../src/log.js';
import type { DiscordApi } from './api.js';
import type { FirstSeen } from './first-seen.js';
import type { GuildHealth } from './guild-health.js';

export interface DiscordContext {
  deps: AdapterDeps;
  client: Client;
  api: DiscordApi;
  log: Logger;
  firstSeen: FirstSeen;
  health: GuildHealth;
  /** Set when slash-command registration failed, for /screener status. */
  commandProblem?: string;
}
