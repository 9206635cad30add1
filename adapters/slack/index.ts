/** The Slack adapter: a thin Bolt app that translates Slack events for the shared pipeline and carries out its actions. */
import { Server } from 'node:http';
import { HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import type { AdapterDeps, AdapterHandle, AdapterStatus } from '../../src/adapter.js';
import { buildApp } from './app.js';
import { slackClients } from './clients.js';
import type { SlackContext } from './context.js';
import { dropRedeliveries } from './dedupe.js';
import { Directory } from './directory.js';
import { FirstSeen } from './first-seen.js';
import { registerListeners } from './listeners/index.js';
import { boltLogger } from './logger.js';
import { slackActions } from './platform-actions.js';

const STOP_WITHIN_MS = 5_000;

export interface SlackHandle extends AdapterHandle {
  /** The HTTP port actually listened on (HTTP mode), e.g. when SLACK_PORT=0. */
  readonly port?: number;
}

export async function startSlack(deps: AdapterDeps): Promise<SlackHandle> {
  const { config, log } = deps;
  const logger = boltLogger(log);
  const { app, mode, receiver } = buildApp(config, deps.store, logger);
  const base = {
    config, screener: deps.screener, store: deps.store, log, dashboardUrl: deps.dashboardUrl,
    clients: slackClients(config, deps.store, logger),
    directory: new Directory(config),
    firstSeen: new FirstSeen(deps.store, config.newAccountDays),
  };
  const ctx: SlackContext = { ...base, actions: slackActions(base) };

  app.use(dropRedeliveries());
  registerListeners(app, ctx);
  app.error(async (error) => {
    log.error({ err: error, code: error.code }, 'unhandled Slack error');
  });
  deps.screener.registerPlatform('slack', ctx.actions);

  let workspace = 'OAuth installations';
  if (config.slack.botToken) {
    // Fails fast on a wrong token, and learns the workspace URL for permalinks without a call per message.
    const auth = await app.client.auth.test();
    if (auth.team_id && auth.url) base.directory.rememberTeamUrl(auth.team_id, auth.url);
    workspace = `${auth.team ?? 'workspace'} (${auth.team_id ?? '?'})`;
  }

  let connected = true;
  if (receiver instanceof SocketModeReceiver) {
    receiver.client.on('connected', () => { connected = true; });
    receiver.client.on('disconnected', () => { connected = false; });
  }
  const started = receiver instanceof HTTPReceiver ? await receiver.start(config.slack.port) : await app.start();
  const server = started instanceof Server ? started : undefined;
  const address = server?.address();
  const port = typeof address === 'object' && address ? address.port : undefined;
  log.info({ mode, workspace, ...(port !== undefined ? { port, path: '/slack/events' } : {}) }, 'slack adapter started');

  let stopped = false;
  return {
    name: 'slack',
    port,
    status(): AdapterStatus {
      return { enabled: true, connected: connected && !stopped, detail: `${mode === 'http' ? 'HTTP Events API' : 'Socket Mode'} · ${workspace}` };
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      // Open keep-alive sockets or a stuck WebSocket must not hold shutdown past the deadline.
      const force = setTimeout(() => server?.closeAllConnections(), STOP_WITHIN_MS - 1_000);
      const deadline = new Promise<void>((resolve) => setTimeout(resolve, STOP_WITHIN_MS).unref());
      await Promise.race([app.stop().catch((error: unknown) => log.warn({ err: error }, 'slack adapter did not stop cleanly')), deadline]);
      clearTimeout(force);
      server?.closeAllConnections();
    },
  };
}
