/**
 * Starting with no tokens at all: the embedded default, /healthz, the dashboard and its assets, the db file,
 * a clean shutdown. Both ways the bot starts: `npm start` (the esbuild bundle `npm run build` writes) and
 * the `scam-screener` bin (the TypeScript sources through tsx).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

/** The bundle exactly as package.json's "build" script writes it, but into node_modules/.cache (inside the package, so its files are found). */
function buildBundle(): string {
  const outfile = join(root, 'node_modules', '.cache', 'scam-screener-test', 'scam-screener.mjs');
  const build = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.build!;
  const args = build.split(' ').slice(1).map((arg) => (arg.startsWith('--outfile=') ? `--outfile=${outfile}` : arg));
  execFileSync(join(root, 'node_modules', '.bin', 'esbuild'), args, { cwd: root, stdio: 'inherit' });
  return outfile;
}

describe.each([
  ['the npm start bundle', () => buildBundle()],
  ['the bin through tsx', () => join(root, 'bin', 'scam-screener.js')],
])('scam-screener start (%s)', (_name, entry) => {
  it('starts without any token on SQLite, serves /healthz and the dashboard, logs disabled adapters, and stops on SIGTERM', async () => {
    const cli = entry();
    const cwd = mkdtempSync(join(tmpdir(), 'screener-start-'));
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, DASHBOARD_PORT: '0', LOG_LEVEL: 'info' };
    const child = spawn('node', [cli, 'start'], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const logs: Array<Record<string, unknown>> = [];
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no listening log line within 20 s; stderr: ${stderr}`)), 20_000);
      createInterface({ input: child.stdout }).on('line', (line) => {
        const entry = JSON.parse(line) as Record<string, unknown>;
        logs.push(entry);
        if (typeof entry.url === 'string') {
          clearTimeout(timer);
          resolve(entry.url);
        }
      });
      child.once('exit', (code) => reject(new Error(`exited early with ${code}: ${stderr}`)));
    });
    try {
      const health = await fetch(`${url}/healthz`);
      expect(health.status).toBe(200);
      const body = (await health.json()) as { ok: boolean; store: { ok: boolean; kind: string }; adapters: Record<string, { enabled: boolean; detail?: string }> };
      expect(body.store).toMatchObject({ ok: true, kind: 'sqlite' });
      expect(body.adapters.discord).toMatchObject({ enabled: false, detail: expect.stringContaining('DISCORD_TOKEN') });
      expect(body.adapters.slack).toMatchObject({ enabled: false, detail: expect.stringContaining('SLACK_BOT_TOKEN') });
      expect(existsSync(join(cwd, 'data', 'scam-screener.db'))).toBe(true);
      expect((await fetch(`${url}/`)).status).toBe(401);
      const asset = await fetch(`${url}/assets/dashboard.css`);
      expect(asset.status).toBe(200);
      expect((await asset.text()).length).toBeGreaterThan(100);
      // Wait for the adapter lines: they follow the listening line.
      const deadline = Date.now() + 5000;
      while (logs.filter((l) => typeof l.enableWith === 'string').length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(logs.map((l) => l.enableWith)).toEqual(expect.arrayContaining(['DISCORD_TOKEN', expect.stringContaining('SLACK_BOT_TOKEN')]));
    } finally {
      const stoppedAt = Date.now();
      child.kill('SIGTERM');
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      expect(code).toBe(0);
      expect(Date.now() - stoppedAt).toBeLessThan(5000);
    }
  });
});
