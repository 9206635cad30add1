/**
 * normalize() speed: µs/message on realistic chat messages, and the worst time on hostile inputs.
 * Run: node --import tsx bench/normalize-bench.ts [path/to/messages.jsonl]
 * Budget: ~3 µs for a typical short ASCII message (the classifier must do ≥ 100k messages/s/core) and
 * ≤ 5 ms for any 40,000-character adversarial input.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { normalize } from '../classifiers/normalize.js';
import { rng } from './adversarial.js';

const DATASET = process.argv[2] ?? '/work/shared/datasets/public-spam-dev.jsonl';
const TARGET_MESSAGES = 10_000;

function loadMessages(path: string): string[] {
  const texts: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { text?: unknown };
    if (typeof row.text === 'string') texts.push(row.text);
  }
  if (texts.length === 0) throw new Error(`no messages in ${path}`);
  // Repeat the set to ~10k messages (hosts then repeat, as they do in real chat: the tldts cache is warm).
  const out: string[] = [];
  while (out.length < TARGET_MESSAGES) out.push(...texts);
  return out.slice(0, TARGET_MESSAGES);
}

/**
 * Mean µs per message over `rounds` passes of `work`, after one warm-up pass, as wall-clock and as this
 * process's CPU time (on a busy shared machine the two differ; CPU time is the cost we cause).
 */
function microsPerMessage(messages: readonly string[], rounds: number, work: (m: string) => number = (m) => normalize(m).text.length): { wall: number; cpu: number } {
  let sink = 0;
  for (const m of messages) sink += work(m);
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  for (let r = 0; r < rounds; r++) for (const m of messages) sink += work(m);
  const elapsed = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  if (sink < 0) console.log(sink); // keep the work observable
  const n = rounds * messages.length;
  return { wall: (elapsed * 1000) / n, cpu: (cpu.user + cpu.system) / n };
}

const fmt = ({ wall, cpu }: { wall: number; cpu: number }): string => `${wall.toFixed(2)} µs/message (CPU ${cpu.toFixed(2)} µs)`;

function randomString(length: number, alphabet: (r: () => number) => string, seed: number): string {
  const r = rng(seed);
  const parts: string[] = [];
  let n = 0;
  while (n < length) {
    const piece = alphabet(r);
    parts.push(piece);
    n += piece.length;
  }
  return parts.join('').slice(0, length);
}

const N = 40_000;
const rep = (s: string): string => s.repeat(Math.ceil(N / s.length)).slice(0, N);
const adversarial: Array<[string, string]> = [
  ['a.a.a.a…', rep('a.')],
  ['a.a.a… then "-"', `${rep('a.').slice(0, N - 1)}-`],
  ['aaaa… (one long word)', rep('a')],
  ['a-a-a-…', rep('a-')],
  ['[[[[…', rep('[')],
  ['[a](…', rep('[a](')],
  ['[x](http://… unclosed', `[x](http://${rep('a')}`],
  ['<<<<…', rep('<')],
  ['<https://a|…', rep('<https://a|')],
  ['%%%%…', rep('%')],
  ['%41%41…', rep('%41')],
  ['%ff%41…', rep('%ff%41')],
  ['&&&&…', rep('&')],
  ['&amp;…', rep('&amp;')],
  ['&#9999999…', `&#${rep('9')}`],
  ['s e e d ×10k', rep('s e e d ')],
  ['s e e d  with double gaps', rep('s  e  e  d ')],
  ['a + 40k spaces + b', `a${' '.repeat(N - 3)}bb`],
  ['s.e.e.d ×10k', rep('s.e.e.d ')],
  ['s33d ×10k', rep('s33d ')],
  ['1111… (digits)', rep('1')],
  ['a1a1a1… (one mixed word)', rep('a1')],
  ['x dot com ×', rep('x dot ')],
  ['x[.]x[.]…', rep('x[.]')],
  ['site (dot) io ×', rep('site (dot) io ')],
  ['distinct domains', Array.from({ length: 4000 }, (_, i) => `d${i}.io`).join(' ').slice(0, N)],
  ['https://x.io ×', rep('https://x.io ')],
  ['a@a.a@a.…', rep('a@a.')],
  ['0x hex ×', rep('0x742d35cc6634c0532925a3b844bc454e4438f44e ')],
  ['mixed scripts Меtа', rep('Меtа\u200bMаsk Suppоrt Cpeдний дoxoд ')],
  ['Cyrillic text', rep('Привет мир, как дела? ')],
  ['zero-width soup', rep('s\u200be\u200de\u2060d\u202e ')],
  ['combining marks', rep('s\u0338e\u0338e\u0338d\u0338 ')],
  ['math alphanumerics', rep('𝐬𝐞𝐞𝐝 ')],
  ['lone surrogates', rep('\ud800a\udc00 ')],
  ['random ASCII 40k', randomString(N, (r) => String.fromCharCode(32 + Math.floor(r() * 95)), 1)],
  ['random BMP 40k', randomString(N, (r) => String.fromCharCode(Math.floor(r() * 0x10000)), 2)],
  ['random "a. -[]()%&" 40k', randomString(N, (r) => 'a. -[]()%&@/1'.charAt(Math.floor(r() * 13)), 3)],
  ['random 1 MB', randomString(1_000_000, (r) => String.fromCodePoint(Math.floor(r() * 0x10ffff)), 4)],
];

/**
 * Single-call times over `runs` calls after `warmup` calls (the JIT compiles each new code path and
 * regex on first use: the first one or two calls on a new kind of input cost several times more).
 * Reported as process CPU time (which also counts GC/JIT threads) and wall-clock; on a shared, busy
 * machine the wall-clock worst case mostly measures the scheduler.
 */
function timeCalls(input: string, warmup: number, runs: number): { medianCpu: number; worstCpu: number; worstWall: number } {
  for (let i = 0; i < warmup; i++) normalize(input);
  const cpus: number[] = [];
  let worstWall = 0;
  for (let i = 0; i < runs; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    normalize(input);
    worstWall = Math.max(worstWall, performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpus.push((used.user + used.system) / 1000);
  }
  cpus.sort((a, b) => a - b);
  return { medianCpu: cpus[Math.floor(cpus.length / 2)] ?? 0, worstCpu: cpus[cpus.length - 1] ?? 0, worstWall };
}

const messages = loadMessages(DATASET);
const ascii = messages.filter((m) => !/[^\0-\x7f]/.test(m));
const nonAscii = messages.filter((m) => /[^\0-\x7f]/.test(m));
const meanLength = messages.reduce((sum, m) => sum + m.length, 0) / messages.length;

console.log(`normalize() on ${messages.length} messages from ${DATASET} (mean ${meanLength.toFixed(0)} chars)`);
console.log(`  all         ${fmt(microsPerMessage(messages, 5))}`);
console.log(`  ASCII-only  ${fmt(microsPerMessage(ascii, 5))} — ${ascii.length} messages`);
console.log(`  non-ASCII   ${fmt(microsPerMessage(nonAscii, 5))} — ${nonAscii.length} messages`);
const typical = 'hey, I had the same problem with my wallet yesterday. support said to check https://docs.metamask.io first';
console.log(`  one typical ${typical.length}-char ASCII message: ${fmt(microsPerMessage(Array<string>(10_000).fill(typical), 5))}`);
// A yardstick for this machine: the cheapest imaginable normalization (lowercase + collapse spaces).
const yardstick = microsPerMessage(messages, 5, (m) => m.toLowerCase().replace(/\s+/g, ' ').length);
console.log(`  yardstick: toLowerCase() + replace(/\\s+/g) on the same messages: ${fmt(yardstick)}`);

const WARMUP = 10;
const RUNS = 10;
console.log(`\nadversarial inputs (${RUNS} calls each after ${WARMUP} warm-up calls; ms):`);
console.log(`  ${'input'.padEnd(30)} ${'chars'.padStart(8)}  ${'median CPU'.padStart(10)}  ${'worst CPU'.padStart(9)}  ${'worst wall'.padStart(10)}`);
let worstMedian: [string, number] = ['', 0];
let worstCpu: [string, number] = ['', 0];
for (const [name, input] of adversarial) {
  const t = timeCalls(input, WARMUP, RUNS);
  if (t.medianCpu > worstMedian[1]) worstMedian = [name, t.medianCpu];
  if (t.worstCpu > worstCpu[1]) worstCpu = [name, t.worstCpu];
  console.log(`  ${name.padEnd(30)} ${String(input.length).padStart(8)}  ${t.medianCpu.toFixed(2).padStart(10)}  ${t.worstCpu.toFixed(2).padStart(9)}  ${t.worstWall.toFixed(2).padStart(10)}`);
}
console.log(`slowest input (median CPU): ${worstMedian[1].toFixed(2)} ms — ${worstMedian[0]}`);
console.log(`worst single call (CPU):    ${worstCpu[1].toFixed(2)} ms — ${worstCpu[0]}`);

// A fresh process pays for JIT/regex compilation on the first hostile input it meets:
// report that once, on an input unlike the realistic messages above.
