/** Starts the real Slack adapter (Bolt) against a FakeSlack, with an in-memory SQLite store. */
import { Writable } from 'node:stream';
import { startSlack, type SlackHandle } from '../../../adapters/slack/index.js';
import { configSchema, type Config } from '../../../src/config.js';
import { createLogger } from '../../../src/log.js';
import { Screener } from '../../../src/pipeline.js';
import { openStore } from '../../../src/review/open-store.js';
import type { ReviewStore } from '../../../src/review/store.js';
import { FakeSlack } from '../../integration/fake-slack.js';

export const SIGNING_SECRET = 'test-signing-secret';
export const BOT_TOKEN = 'xoxb-test-bot';
export const ADMIN_TOKEN = 'xoxp-test-admin';
export const MOD_CHANNEL = 'CMOD';

export interface Harness {
  fake: FakeSlack;
  handle: SlackHandle;
  store: ReviewStore;
  screener: Screener;
  /** http://127.0.0.1:<port> of the receiver. */
  base: string;
  eventsUrl: string;
  /** Everything logged, to check that no token ever appears. */
  logs: string[];
  /** Messages the classifier has seen so far. */
  screened(): number;
  stop(): Promise<void>;
}

export async function startHarness(slack: Partial<Config['slack']> = {}): Promise<Harness> {
  const fake = await new FakeSlack().start();
  const config = configSchema.parse({
    modChannel: MOD_CHANNEL,
    store: { sqlitePath: ':memory:' },
    slack: { botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, apiUrl: fake.apiUrl, port: 0, ...slack },
  });
  const logs: string[] = [];
  const log = createLogger('debug', new Writable({ write(chunk: Buffer, _enc, done) { logs.push(chunk.toString()); done(); } }));
  const store = await openStore(config.store);
  let screened = 0;
  const screener = new Screener({ config, store, log, hooks: { onScreened: () => { screened += 1; } } });
  const handle = await startSlack({ config, screener, store, log, dashboardUrl: 'http://dashboard.test' });
  const base = `http://127.0.0.1:${handle.port}`;
  fake.reset(); // start-up calls (auth.test) are not what the tests look at
  return {
    fake, handle, store, screener, base, logs,
    eventsUrl: `${base}/slack/events`,
    screened: () => screened,
    async stop() {
      await handle.stop();
      await fake.close();
      await store.close();
    },
  };
}

let counter = 0;

export interface MessageEventOptions {
  text: string;
  team?: string;
  user?: string;
  channel?: string;
  ts?: string;
  eventId?: string;
  edit?: { previousText: string };
  /** Leave out user_profile, so the adapter has to call users.info. */
  noProfile?: boolean;
}

/** A `message` event callback body as Slack sends it (with the author's profile attached, as Slack does). */
export function messageEvent(options: MessageEventOptions): { body: string; ts: string; eventId: string } {
  counter += 1;
  const team = options.team ?? 'T1';
  const ts = options.ts ?? `${1_700_000_000 + counter}.00${String(counter).padStart(4, '0')}`;
  const eventId = options.eventId ?? `Ev${String(counter).padStart(6, '0')}`;
  const user = options.user ?? 'UALICE';
  const message = {
    type: 'message', user, text: options.text, ts, team, channel: options.channel ?? 'CGENERAL', channel_type: 'channel', event_ts: ts,
    ...(options.noProfile ? {} : { user_profile: { display_name: 'Alice', real_name: 'Alice Example', name: 'alice' } }),
  };
  const event = options.edit
    ? {
      type: 'message', subtype: 'message_changed', hidden: true, channel: message.channel, channel_type: 'channel', ts: `${ts}1`, event_ts: `${ts}1`,
      message: { ...message, edited: { user, ts: `${ts}1` } },
      previous_message: { ...message, text: options.edit.previousText },
    }
    : message;
  const body = JSON.stringify({
    token: 'legacy-verification-token', team_id: team, api_app_id: 'AAPP', type: 'event_callback', event_id: eventId,
    event_time: Math.floor(Date.now() / 1000), event,
    authorizations: [{ enterprise_id: null, team_id: team, user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
  });
  return { body, ts, eventId };
}

/** A block action from a review card button. */
export function buttonPayload(options: { actionId: string; user: string; cardTs: string; responseUrl: string; team?: string }) {
  const team = options.team ?? 'T1';
  return {
    type: 'block_actions', token: 'legacy-verification-token', api_app_id: 'AAPP', trigger_id: '1.2.3',
    team: { id: team, domain: 'acme' }, user: { id: options.user, username: options.user.toLowerCase(), name: options.user.toLowerCase(), team_id: team },
    channel: { id: MOD_CHANNEL, name: 'mods' }, container: { type: 'message', message_ts: options.cardTs, channel_id: MOD_CHANNEL, is_ephemeral: false },
    message: { type: 'message', ts: options.cardTs, text: 'card', user: 'UBOT' },
    response_url: options.responseUrl,
    actions: [{ type: 'button', action_id: options.actionId, block_id: 'review', value: options.actionId.split(':')[2], action_ts: '1700000000.1', text: { type: 'plain_text', text: 'x' } }],
  };
}

/** Polls an async probe until it returns a value; fails after `timeoutMs`. */
export async function eventually<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 5_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
