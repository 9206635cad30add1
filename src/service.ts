/** `scam-screener start`: store, pipeline, dashboard and whichever platform adapters are configured. */
import type { AdapterDeps, AdapterHandle } from './adapter.js';
import type { Config } from './config.js';
import { startDashboard, type HealthReport } from './dashboard/server.js';
import type { Logger } from './log.js';
import { Metrics } from './metrics.js';
import { Screener } from './pipeline.js';
import { defaultSpoolPath, openStore } from './review/open-store.js';
import { startRetentionTimer } from './review/retention.js';

/** Each adapter: whether the config enables it, which variables do, and how to start it (loaded lazily). */
const adapters: Array<{
  name: 'discord' | 'slack';
  enabled(config: Config): boolean;
  enableWith: string;
  start(deps: AdapterDeps): Promise<AdapterHandle>;
}> = [
  { name: 'discord', enabled: (c) => Boolean(c.discord.token), enableWith: 'DISCORD_TOKEN', start: async (deps) => (await import('../adapters/discord/index.js')).startDiscord(deps) },
  {
    name: 'slack',
    enabled: (c) => Boolean((c.slack.botToken || c.slack.clientId) && (c.slack.signingSecret || c.slack.appToken)),
    enableWith: 'SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode; SLACK_CLIENT_ID/SECRET/STATE_SECRET for OAuth)',
    start: async (deps) => (await import('../adapters/slack/index.js')).startSlack(deps),
  },
];

export interface RunningService {
  dashboardUrl: string;
  close(): Promise<void>;
}

export async function startService(config: Config, log: Logger): Promise<RunningService> {
  const store = await openStore(config.store, { log: log.child({ component: 'store' }) });
  const spool = defaultSpoolPath(config.store);
  log.info({ store: store.kind, ...(store.kind === 'sqlite' ? { path: config.store.sqlitePath } : {}), ...(spool ? { spool } : {}) }, 'store ready');
  const metrics = new Metrics();
  const screener = await Screener.create({ config, store, log, hooks: metrics.hooks() });
  const stopRetention = startRetentionTimer(store, config.retentionDays, log);
  const running: AdapterHandle[] = [];
  const disabled: Record<string, { enabled: false; connected: false; detail: string }> = {};

  const health = async (): Promise<HealthReport> => {
    const storeHealth = await store.health().catch((error: unknown) => ({ ok: false, kind: store.kind, detail: String(error) }));
    const statuses: HealthReport['adapters'] = { ...disabled };
    for (const adapter of running) statuses[adapter.name] = adapter.status();
    const adaptersOk = running.every((a) => a.status().connected);
    return { ok: storeHealth.ok && adaptersOk, store: storeHealth, adapters: statuses };
  };

  const dashboard = await startDashboard({ config, store, screener, log, metrics, health });
  log.info({ url: dashboard.url }, 'review dashboard and /healthz listening');

  for (const adapter of adapters) {
    if (!adapter.enabled(config)) {
      disabled[adapter.name] = { enabled: false, connected: false, detail: `disabled: set ${adapter.enableWith} to enable` };
      log.info({ adapter: adapter.name, enableWith: adapter.enableWith }, `${adapter.name} adapter disabled: set ${adapter.enableWith} to enable it`);
      continue;
    }
    try {
      running.push(await adapter.start({ config, screener, store, log: log.child({ adapter: adapter.name }), dashboardUrl: dashboard.url }));
    } catch (error) {
      await Promise.allSettled(running.map((a) => a.stop()));
      await dashboard.app.close();
      await screener.close();
      await store.close();
      throw error;
    }
  }

  return {
    dashboardUrl: dashboard.url,
    async close() {
      stopRetention();
      await Promise.allSettled(running.map((a) => a.stop()));
      await dashboard.app.close();
      await screener.close();
      await store.close();
    },
  };
}
