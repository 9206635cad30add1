import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, maskSecrets, resolveCommunity } from '../src/config.js';

describe('config', () => {
  it('defaults: enforce mode, SQLite in ./data, dashboard on 127.0.0.1:8787', () => {
    const config = loadConfig({});
    expect(config.mode).toBe('enforce');
    expect(config.store.sqlitePath).toBe('./data/scam-screener.db');
    expect(config.store.databaseUrl).toBeUndefined();
    expect(config.dashboard).toMatchObject({ host: '127.0.0.1', port: 8787 });
    expect(config.flagThreshold).toBe(0.5);
    expect(config.deleteThreshold).toBe(0.85);
    expect(config.retentionDays).toBe(30);
    expect(config.escalation.afterConfirmed).toBe(0);
  });

  it('reads environment variables', () => {
    const config = loadConfig({
      SCAM_SCREENER_MODE: 'flag-only', DASHBOARD_PORT: '9000', DATABASE_URL: 'postgres://u:p@localhost/db',
      OFFICIAL_DOMAINS: 'example.org, docs.example.org', DISCORD_SHARDS: '0,1', DISCORD_SHARD_COUNT: '4', NOTIFY_AUTHOR_ON_FALSE_POSITIVE: 'yes',
    });
    expect(config.mode).toBe('flag-only');
    expect(config.dashboard.port).toBe(9000);
    expect(config.store.databaseUrl).toBe('postgres://u:p@localhost/db');
    expect(config.officialDomains).toEqual(['example.org', 'docs.example.org']);
    expect(config.discord).toMatchObject({ shards: [0, 1], shardCount: 4 });
    expect(config.notifyAuthorOnFalsePositive).toBe(true);
  });

  it.each([
    [{ DASHBOARD_PORT: 'eighty' }, /DASHBOARD_PORT \(dashboard\.port\).*expected number/],
    [{ DASHBOARD_PORT: '70000' }, /DASHBOARD_PORT .*0 to 65535/],
    [{ SCAM_SCREENER_MODE: 'delete-everything' }, /SCAM_SCREENER_MODE \(mode\): expected one of "enforce", "flag-only", "dry-run"/],
    [{ FLAG_THRESHOLD: '1.5' }, /FLAG_THRESHOLD \(flagThreshold\): expected a number from 0 to 1/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL \(store\.databaseUrl\): expected a postgres/],
    [{ SLACK_BOT_TOKEN: 'abc' }, /SLACK_BOT_TOKEN \(slack\.botToken\): expected a bot token starting with xoxb-/],
    [{ DISCORD_SHARDS: '0,x' }, /DISCORD_SHARDS \(discord\.shards\.1\)/],
    [{ DASHBOARD_TOKEN: 'short' }, /DASHBOARD_TOKEN \(dashboard\.token\): expected at least 16 characters/],
  ])('rejects %j with one line naming the field', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('never prints a secret value in an error', () => {
    try {
      loadConfig({ SLACK_BOT_TOKEN: 'super-secret-value' });
      expect.unreachable();
    } catch (error) {
      expect(String(error)).not.toContain('super-secret-value');
    }
  });

  it('reads a YAML or JSON file, with the environment on top, and names bad keys in it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'screener-config-'));
    const yaml = join(dir, 'config.yaml');
    writeFileSync(yaml, 'mode: dry-run\ndeleteThreshold: 0.9\ncommunities:\n  "123":\n    mode: flag-only\n    flagThreshold: 0.4\n    exemptRoles: [mods]\n');
    const config = loadConfig({ SCAM_SCREENER_CONFIG: yaml, DELETE_THRESHOLD: '0.95' });
    expect(config.mode).toBe('dry-run');
    expect(config.deleteThreshold).toBe(0.95);
    expect(config.communities['123']).toMatchObject({ mode: 'flag-only', flagThreshold: 0.4 });

    const json = join(dir, 'config.json');
    writeFileSync(json, JSON.stringify({ communities: { '123': { mode: 'sometimes' } } }));
    expect(() => loadConfig({ SCAM_SCREENER_CONFIG: json })).toThrow(/communities\.123\.mode: expected one of/);
    writeFileSync(json, JSON.stringify({ tresholds: 1 }));
    expect(() => loadConfig({ SCAM_SCREENER_CONFIG: json })).toThrow(/unknown key\(s\) tresholds/);
    writeFileSync(json, '{ not json');
    expect(() => loadConfig({ SCAM_SCREENER_CONFIG: json })).toThrow(/is not valid JSON/);
    expect(() => loadConfig({ SCAM_SCREENER_CONFIG: join(dir, 'missing.yaml') })).toThrow(/cannot read .*ENOENT/);
  });

  it('merges a community override over the global settings', () => {
    const config = loadConfig({ EXEMPT_ROLES: 'admins', SCAM_SCREENER_CONFIG: '' });
    config.communities.g1 = { mode: 'dry-run', exemptRoles: ['helpers'], deleteThreshold: 0.9 };
    const community = resolveCommunity(config, 'g1', { modChannel: 'c9' });
    expect(community).toMatchObject({ mode: 'dry-run', deleteThreshold: 0.9, flagThreshold: 0.5, exemptRoles: ['admins', 'helpers'], modChannel: 'c9' });
    expect(resolveCommunity(config, 'other').mode).toBe('enforce');
  });

  it('masks secrets for display', () => {
    const config = loadConfig({ DISCORD_TOKEN: 'tok', DATABASE_URL: 'postgres://u:pw@h/db', SLACK_SIGNING_SECRET: 's' });
    const masked = maskSecrets(config);
    expect(JSON.stringify(masked)).not.toMatch(/tok"|pw@|"s"/);
    expect(masked.discord.token).toBe('••••••');
    expect(config.discord.token).toBe('tok');
  });
});
