/**
 * `npm run bench`: every speed figure the project promises, measured in one run, one after another so
 * they do not compete for the CPU:
 *
 *  1. classifier throughput, p50/p99 latency and RSS over the realistic mix, with natural's Bayes
 *     baseline — in a fresh child process (bench/classifier-bench.ts), so RSS is the classifier's;
 *  2. the worst adversarial 40,000-character input — in its own child (bench/adversarial.ts);
 *     both children run compiled to plain JavaScript (bench/compile.ts), as `npm start` runs the bot;
 *  3. SQLite inserts (bench/store-bench.ts);
 *  4. Discord MESSAGE_CREATE → DELETE latency through the real bot (bench/discord-latency.ts, defaults).
 *
 * Prints a table with each figure, its goal and pass/MISS; a progress bar when stdout is a TTY.
 * `npm run bench -- --json`: the last stdout line is
 * {"msgsPerSec","baselineMsgsPerSec","ratio","p50Micros","p99Micros","rssMB"}; the line before it is
 * "detail: {…}" with everything measured. Exit code 0 whether goals are met or missed (it is a
 * measurement); 1 only when a measurement could not be taken.
 */
import { fork } from 'node:child_process';
import cliProgress from 'cli-progress';
import type { AdversarialResult } from './adversarial.js';
import { compileBench } from './compile.js';
import type { ClassifierBenchResult } from './classifier-bench.js';
import type { DiscordLatencyResult } from './discord-latency.js';

const json = process.argv.includes('--json');

// ── progress ────────────────────────────────────────────────────────────────────────────────────
/** Share of the bar for each stage, in run order (roughly their share of the run time). */
const stages: Array<[string, number]> = [
  ['warm-up', 5],
  ['classifier', 40],
  ['baseline (natural Bayes)', 15],
  ['adversarial 40k inputs', 10],
  ['sqlite inserts', 10],
  ['discord end-to-end', 20],
];
const stageStart = new Map<string, number>();
{
  let at = 0;
  for (const [name, share] of stages) {
    stageStart.set(name, at);
    at += share;
  }
}
const bar = process.stdout.isTTY
  ? new cliProgress.SingleBar({ format: 'bench |{bar}| {percentage}% {stage}', stream: process.stdout, clearOnComplete: true, hideCursor: true }, cliProgress.Presets.shades_classic)
  : undefined;
bar?.start(100, 0, { stage: 'starting' });
function progress(stage: string, fraction: number): void {
  const start = stageStart.get(stage);
  const share = stages.find(([name]) => name === stage)?.[1];
  if (start === undefined || share === undefined) return;
  bar?.update(Math.min(100, Math.round(start + share * Math.min(1, Math.max(0, fraction)))), { stage });
}

// ── stages ──────────────────────────────────────────────────────────────────────────────────────
/** Runs a bench script, compiled to plain JavaScript, in a fresh Node process; its last stdout line is the JSON result. */
async function child<T>(script: string): Promise<T> {
  const compiled = await compileBench(script);
  return new Promise((resolve, reject) => {
    // The V8 flags the bot runs with (npm start, Dockerfile, systemd unit) and the image's and unit's
    // MALLOC_ARENA_MAX: see docs/operations.md, "Memory".
    const proc = fork(compiled, ['--json'], {
      execArgv: ['--max-semi-space-size=2', '--no-regexp-tier-up'],
      env: { ...process.env, MALLOC_ARENA_MAX: '2' },
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    let out = '';
    proc.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    proc.on('message', (message: { type?: string; stage?: string; fraction?: number }) => {
      if (message.type === 'progress' && message.stage) progress(message.stage, message.fraction ?? 0);
    });
    proc.on('error', reject);
    proc.on('exit', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0) return reject(new Error(`${script} exited with ${code}`));
      try {
        resolve(JSON.parse(last) as T);
      } catch {
        reject(new Error(`${script} printed no JSON result`));
      }
    });
  });
}

async function withTicker<T>(stage: string, expectedMs: number, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  progress(stage, 0);
  const timer = setInterval(() => progress(stage, Math.min(0.95, (Date.now() - started) / expectedMs)), 250);
  try {
    return await work();
  } finally {
    clearInterval(timer);
    progress(stage, 1);
  }
}

const errors: string[] = [];
async function attempt<T>(what: string, work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    errors.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

const classifier = await attempt('classifier', () => child<ClassifierBenchResult>('classifier-bench.ts'));
const adversarial = await attempt('adversarial', () => child<AdversarialResult>('adversarial.ts'));
// Imported only now, so a module that fails to load costs its own stage, not the whole run.
const sqlite = await attempt('sqlite', () => withTicker('sqlite inserts', 4000, async () => (await import('./store-bench.js')).benchSqliteInserts()));
const discord = await attempt('discord', () => withTicker('discord end-to-end', 9000, async () => (await import('./discord-latency.js')).benchDiscordLatency()));
bar?.stop();

// ── report ──────────────────────────────────────────────────────────────────────────────────────
interface Row { figure: string; measured: string; goal: string; pass?: boolean }
const rows: Row[] = [];
const fmt = (x: number) => x.toLocaleString('en-US');
const missing = (figure: string, goal: string): Row => ({ figure, measured: 'not measured', goal, pass: false });

if (classifier) {
  rows.push({ figure: `classifier throughput (${fmt(classifier.messages)} msgs, 1 core)`, measured: `${fmt(classifier.msgsPerSec)} msg/s (${fmt(classifier.cpuMsgsPerSec)}/CPU-s)`, goal: '≥ 100,000 msg/s', pass: classifier.msgsPerSec >= 100_000 });
  rows.push({ figure: '  stage alone: normalize', measured: `${fmt(classifier.stages.normalizeMsgsPerSec)} msg/s`, goal: '—' });
  rows.push({ figure: '  stage alone: scan (signal gates + token-weight model)', measured: `${fmt(classifier.stages.scanMsgsPerSec)} msg/s`, goal: '—' });
  rows.push({ figure: `baseline: natural BayesClassifier (${fmt(classifier.baselineMessages)} msgs)`, measured: `${fmt(classifier.baselineMsgsPerSec)} msg/s (${fmt(classifier.baselineCpuMsgsPerSec)}/CPU-s)`, goal: 'reference' });
  rows.push({ figure: 'ratio ours / baseline', measured: `${classifier.ratio}×`, goal: '≥ 3×', pass: classifier.ratio >= 3 });
  rows.push({ figure: 'latency p50 per message', measured: `${classifier.p50Micros} µs`, goal: '—' });
  rows.push({ figure: 'latency p99 per message', measured: `${classifier.p99Micros} µs`, goal: '≤ 50 µs', pass: classifier.p99Micros <= 50 });
  rows.push({ figure: 'latency p99.9 / max', measured: `${classifier.p999Micros} / ${classifier.maxMicros} µs`, goal: '—' });
  rows.push({ figure: 'RSS after the classifier run', measured: `${classifier.rssMB} MB`, goal: '≤ 100 MB', pass: classifier.rssMB <= 100 });
} else {
  rows.push(missing('classifier throughput', '≥ 100,000 msg/s'), missing('ratio ours / baseline', '≥ 3×'), missing('latency p99 per message', '≤ 50 µs'), missing('RSS after the classifier run', '≤ 100 MB'));
}
if (adversarial) {
  const over = adversarial.inputs.filter((t) => t.medianMs > adversarial.budgetMs).length;
  rows.push({
    figure: `adversarial 40k inputs: worst of ${adversarial.inputs.length} (${adversarial.worst.name})`,
    measured: `${adversarial.worst.medianMs} ms${over ? ` (${over} over budget)` : ''}`,
    goal: `≤ ${adversarial.budgetMs} ms each`, pass: adversarial.worst.medianMs <= adversarial.budgetMs,
  });
} else rows.push(missing('adversarial 40k inputs', '≤ 5 ms each'));
if (sqlite) rows.push({ figure: 'SQLite inserts (one commit each)', measured: `${fmt(sqlite.itemsPerSec)} items/s`, goal: '≥ 5,000 items/s', pass: sqlite.itemsPerSec >= 5000 });
else rows.push(missing('SQLite inserts', '≥ 5,000 items/s'));
if (discord) {
  const expectedScams = expectedDeletes(discord);
  rows.push({ figure: 'Discord CREATE → DELETE median (1,000 msg/s)', measured: `${discord.medianMs} ms`, goal: '≤ 5 ms', pass: discord.medianMs <= 5 });
  rows.push({ figure: 'Discord CREATE → DELETE p99', measured: `${discord.p99Ms} ms`, goal: '≤ 25 ms', pass: discord.p99Ms <= 25 });
  rows.push({ figure: 'Discord scams deleted / sent', measured: `${fmt(discord.deleted)} / ${fmt(expectedScams)} (of ${fmt(discord.sent)} msgs)`, goal: 'all', pass: discord.deleted === expectedScams });
} else rows.push(missing('Discord CREATE → DELETE', 'median ≤ 5 ms, p99 ≤ 25 ms'));

/** benchDiscordLatency's defaults: every 50th message (2 %) is a scam, counting from message 0. */
function expectedDeletes(result: DiscordLatencyResult): number {
  return Math.ceil(result.sent / 50);
}

const widths = [0, 1, 2].map((i) => Math.max(...[['figure', 'measured', 'goal'][i]!.length, ...rows.map((r) => [r.figure, r.measured, r.goal][i]!.length)]));
const line = (cells: string[], verdict: string) => `${cells.map((c, i) => c.padEnd(widths[i]!)).join('  ')}  ${verdict}`;
console.log(line(['figure', 'measured', 'goal'], 'result'));
console.log(line(widths.map((w) => '─'.repeat(w)), '──────'));
for (const r of rows) console.log(line([r.figure, r.measured, r.goal], r.pass === undefined ? '' : r.pass ? 'pass' : 'MISS'));
if (adversarial) {
  const over = adversarial.inputs.filter((t) => t.medianMs > adversarial.budgetMs);
  if (over.length) console.log(`\nadversarial inputs over ${adversarial.budgetMs} ms: ${over.map((t) => `${t.name} ${t.medianMs} ms`).join('; ')}`);
}
const missed = rows.filter((r) => r.pass === false).map((r) => r.figure);
console.log(missed.length ? `\nGOALS MISSED (${missed.length}): ${missed.join('; ')}` : '\nAll goals met.');
for (const error of errors) console.log(`ERROR ${error}`);
if (classifier) console.log(`mix: ${classifier.uniqueMessages} distinct messages from ${classifier.sources.join(', ')}, repeated to ${fmt(classifier.messages)}`);

if (json) {
  console.log(`detail: ${JSON.stringify({ classifier, adversarial, sqlite, discord, errors })}`);
  const c = classifier;
  console.log(JSON.stringify({
    msgsPerSec: c?.msgsPerSec ?? null, baselineMsgsPerSec: c?.baselineMsgsPerSec ?? null, ratio: c?.ratio ?? null,
    p50Micros: c?.p50Micros ?? null, p99Micros: c?.p99Micros ?? null, rssMB: c?.rssMB ?? null,
  }));
}
process.exitCode = errors.length ? 1 : 0;
