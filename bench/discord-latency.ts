/**
 * MESSAGE_CREATE → DELETE latency through the real discord.js client, the real pipeline and a SQLite
 * store, against the fake Discord, at a steady message rate (default 1,000 messages/s).
 *
 * The fake and its load generator run in a child process (bench/discord-fake-process.ts), which
 * timestamps both the MESSAGE_CREATE it sends and the DELETE it receives; the bot runs here.
 * Most chat is not scam: by default 2% of messages are scams (20/s at 1,000/s). Each scam costs two
 * REST calls (delete + review card) and discord.js holds a bot to Discord's global 50 requests/s —
 * a real limit we don't bypass — so a much higher scam share would measure that queue, not the bot.
 * The first second is warm-up and not measured.
 *
 * Run directly: node --import tsx bench/discord-latency.ts [rate] [seconds]
 */
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startDiscord } from '../adapters/discord/index.js';
import { configSchema } from '../src/config.js';
import { createLogger } from '../src/log.js';
import { Screener } from '../src/pipeline.js';
import { openStore } from '../src/review/open-store.js';

export interface DiscordLatencyResult {
  medianMs: number;
  p99Ms: number;
  sent: number;
  deleted: number;
}

interface ChildResult { latencies: number[]; sent: number; deleted: number }

export async function benchDiscordLatency(opts: { rate?: number; seconds?: number; scamShare?: number } = {}): Promise<DiscordLatencyResult> {
  const rate = opts.rate ?? 1000;
  const seconds = opts.seconds ?? 5;
  const scamEvery = Math.max(1, Math.round(1 / (opts.scamShare ?? 0.02)));
  const child = fork(fileURLToPath(new URL('./discord-fake-process.ts', import.meta.url)), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const dir = mkdtempSync(join(tmpdir(), 'scam-screener-bench-'));
  const store = await openStore({ sqlitePath: join(dir, 'review.db') });
  try {
    const [ready] = (await once(child, 'message')) as [{ type: 'ready'; apiUrl: string }];
    const config = configSchema.parse({ discord: { token: 'bench-token', apiUrl: ready.apiUrl } });
    const log = createLogger('warn', process.stderr);
    const screener = await Screener.create({ config, store, log });
    const bot = await startDiscord({ config, screener, store, log, dashboardUrl: 'http://dashboard.test' }, { readyTimeoutMs: 10_000 });
    try {
      const done = once(child, 'message') as Promise<[{ type: 'done'; result: ChildResult }]>;
      child.send({ type: 'go', rate, seconds, scamEvery });
      const [{ result }] = await done;
      const sorted = [...result.latencies].sort((a, b) => a - b);
      const pick = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
      return { medianMs: round(pick(0.5)), p99Ms: round(pick(0.99)), sent: result.sent, deleted: result.deleted };
    } finally {
      await bot.stop();
    }
  } finally {
    if (child.exitCode === null) child.kill();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (ms: number) => Math.round(ms * 100) / 100;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [rate = 1000, seconds = 5] = process.argv.slice(2).map(Number);
  const result = await benchDiscordLatency({ rate, seconds });
  const ok = result.medianMs <= 5 && result.p99Ms <= 25;
  process.stdout.write(`discord MESSAGE_CREATE → DELETE at ${rate} msg/s: median ${result.medianMs} ms, p99 ${result.p99Ms} ms ` +
    `(${result.deleted} scams deleted of ${result.sent} messages); target median ≤ 5 ms, p99 ≤ 25 ms: ${ok ? 'met' : 'MISSED'}\n`);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
