/**
 * Builds the Bolt app for the configured connection mode and authorization:
 * - HTTP Events API (default): signed requests on SLACK_PORT at /slack/events, plus /slack/install and
 *   /slack/oauth_redirect when OAuth is configured;
 * - Socket Mode when SLACK_APP_TOKEN is set (no public URL needed);
 * - one workspace with SLACK_BOT_TOKEN, or OAuth installs for many with the installations in our store.
 */
import { App, HTTPReceiver, SocketModeReceiver, type Logger as BoltLogger } from '@slack/bolt';
import type { Config } from '../../src/config.js';
import type { ReviewStore } from '../../src/review/store.js';
import { clientOptions } from './clients.js';
import { settingsInstallationStore } from './installation-store.js';
import { botScopes, userScopes } from './scopes.js';

export type ConnectionMode = 'http' | 'socket';

export interface BuiltApp {
  app: App;
  mode: ConnectionMode;
  receiver: HTTPReceiver | SocketModeReceiver;
}

export function buildApp(config: Config, store: ReviewStore, logger: BoltLogger): BuiltApp {
  const slack = config.slack;
  const options = clientOptions(config, logger);
  // A bot token means one workspace; OAuth is only used without one (Bolt refuses both at once).
  const oauth = !slack.botToken && slack.clientId && slack.clientSecret
    ? {
      clientId: slack.clientId,
      clientSecret: slack.clientSecret,
      stateSecret: slack.stateSecret,
      scopes: botScopes,
      installationStore: settingsInstallationStore(store),
      installerOptions: { userScopes, directInstall: true, clientOptions: options, port: slack.port },
    }
    : {};
  if (!slack.botToken && !oauth.clientId) throw new Error('Slack needs SLACK_BOT_TOKEN, or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET for OAuth');
  if (oauth.clientId && !slack.stateSecret) throw new Error('Slack OAuth needs SLACK_STATE_SECRET');

  const mode: ConnectionMode = slack.appToken ? 'socket' : 'http';
  let receiver: HTTPReceiver | SocketModeReceiver;
  if (mode === 'socket') {
    // installerOptions.clientOptions is also what the socket client uses for apps.connections.open.
    receiver = new SocketModeReceiver({ appToken: slack.appToken!, logger, installerOptions: { clientOptions: options }, ...oauth });
  } else {
    if (!slack.signingSecret) throw new Error('Slack HTTP mode needs SLACK_SIGNING_SECRET (or set SLACK_APP_TOKEN for Socket Mode)');
    receiver = new HTTPReceiver({ signingSecret: slack.signingSecret, endpoints: '/slack/events', port: slack.port, logger, ...oauth });
  }

  const app = new App({
    receiver,
    logger,
    clientOptions: options,
    convoStore: false,
    ...(slack.botToken ? { token: slack.botToken } : {}),
  });
  return { app, mode, receiver };
}
