/**
 * Web API clients for work done outside a Bolt listener (cards, deletes, dashboard decisions):
 * the bot token and, when there is one, a workspace admin's user token for a team.
 */
import { webApi, type Installation, type Logger as BoltLogger } from '@slack/bolt';
import type { Config } from '../../src/config.js';
import type { ReviewStore } from '../../src/review/store.js';
import { installationKey } from './installation-store.js';

export type WebClient = webApi.WebClient;

/** Options every client shares: the API URL (a local fake in tests) and bounded retries that honour Retry-After. */
export function clientOptions(config: Config, logger: BoltLogger): webApi.WebClientOptions {
  const apiUrl = config.slack.apiUrl;
  return {
    ...(apiUrl ? { slackApiUrl: apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/` } : {}),
    logger,
    // On HTTP 429 the client waits Retry-After, then retries; a few tries keep a handler from hanging for minutes.
    retryConfig: { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 10_000 },
  };
}

export interface SlackClients {
  bot(teamId: string): Promise<WebClient>;
  /** A user token that can delete others' messages, or undefined: then the adapter flags instead. */
  admin(teamId: string): Promise<WebClient | undefined>;
}

export function slackClients(config: Config, store: ReviewStore, logger: BoltLogger): SlackClients {
  const pool = new Map<string, WebClient>();
  const clientFor = (token: string) => {
    let client = pool.get(token);
    if (!client) pool.set(token, (client = new webApi.WebClient(token, clientOptions(config, logger))));
    return client;
  };
  const installation = (teamId: string) => store.getSetting<Installation>(installationKey({ teamId }));

  return {
    async bot(teamId) {
      if (config.slack.botToken) return clientFor(config.slack.botToken);
      const token = (await installation(teamId))?.bot?.token;
      if (!token) throw new Error(`no Slack bot token for team ${teamId}`);
      return clientFor(token);
    },
    async admin(teamId) {
      // OAuth: the installing user's token, when they granted chat:write (only an admin's token can delete).
      const user = config.slack.clientId ? (await installation(teamId))?.user : undefined;
      const token = user?.token && user.scopes?.includes('chat:write') ? user.token : config.slack.adminUserToken;
      return token ? clientFor(token) : undefined;
    },
  };
}
