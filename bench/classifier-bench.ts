/**
 * Classifier throughput and per-message latency on one core, over a realistic mix of chat, with natural's
 * BayesClassifier — trained on the same corpus — measured in the same run as the baseline.
 *
 * The mix: the project's labelled fake-support corpus (classifiers/data/{train,dev,test}.jsonl, with each
 * line's author/reply context) plus the shared public spam/ham set (../shared/datasets), repeated in order
 * to ≥ 100,000 messages — chat repeats hosts and phrasings, so warm caches are the realistic case.
 *
 * Our classifier: every message of the mix, timed one by one with process.hrtime.bigint() into a
 * preallocated Float64Array, after warm-up passes (the JIT and regex caches). Throughput = messages / wall
 * time of that loop (the two hrtime reads per message are included; they cost well under 1 %).
 * RSS: process.memoryUsage().rss right after that loop, before the baseline is trained, so it reflects the
 * classifier plus its runtime — the Bayes baseline's modules (natural, training) are loaded only after it. `npm run bench` runs this file
 * compiled to plain JavaScript (bench/compile.ts), as `npm start` runs the bot, with the node flags of
 * `npm start` and the MALLOC_ARENA_MAX=2 of the Docker image and systemd unit. For scale, measured here:
 * plain Node starts at ~40 MB and one classification brings it to ~75 MB; under the tsx loader add ~35 MB.
 * Baseline: natural's `bayes.classify(text)` — its own tokenizer and Porter stemmer, the way natural is used —
 * on 2,000 messages spread evenly over the mix's distinct messages (it runs at a few hundred to ~2k msg/s,
 * so 100k would take minutes).
 *
 * Run: node --import tsx bench/classifier-bench.ts [--json] [--messages N] (through tsx: slower, more RSS)
 * With --json the last stdout line is the result object. Under `fork` (bench/run.ts) it also sends
 * {type:'progress', stage, fraction} messages over IPC.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { classify } from '../classifiers/classify.js';
import { loadModel } from '../classifiers/model.js';
import { normalize } from '../classifiers/normalize.js';
import { TextScanner } from '../classifiers/scan.js';
import { registeredGateWords } from '../classifiers/signals/define.js';
import { packagePath } from '../classifiers/paths.js';
import type { MessageContext } from '../classifiers/types.js';

export interface ClassifierBenchResult {
  messages: number;
  uniqueMessages: number;
  sources: string[];
  msgsPerSec: number;
  /** Messages per second of this process's CPU time: less sensitive than wall time to other processes on a shared machine. */
  cpuMsgsPerSec: number;
  p50Micros: number;
  p99Micros: number;
  p999Micros: number;
  maxMicros: number;
  meanMicros: number;
  rssMB: number;
  heapUsedMB: number;
  baselineMessages: number;
  baselineMsgsPerSec: number;
  baselineCpuMsgsPerSec: number;
  baselineTrainedOn: number;
  ratio: number;
  /** Throughput of two stages alone, over the same mix: where the time goes. */
  stages: { normalizeMsgsPerSec: number; scanMsgsPerSec: number };
}

export interface MixMessage { text: string; context: MessageContext }

const MIN_MESSAGES = 100_000;
const BASELINE_SAMPLE = 2_000;
const WARMUP_PASSES = 3;

const corpusFiles = ['train', 'dev', 'test'].map((name) => packagePath('classifiers', 'data', `${name}.jsonl`));
const sharedDir = packagePath('..', 'shared', 'datasets');

function readJsonl(path: string): MixMessage[] {
  const out: MixMessage[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { text?: unknown; context?: MessageContext };
    if (typeof row.text === 'string') out.push({ text: row.text, context: row.context ?? {} });
  }
  return out;
}

/** The unique messages of the realistic mix and where they came from. */
export function loadMix(): { unique: MixMessage[]; sources: string[] } {
  const unique: MixMessage[] = [];
  const sources: string[] = [];
  for (const path of corpusFiles) {
    const rows = readJsonl(path);
    unique.push(...rows);
    sources.push(`${path.replace(/.*\/classifiers\//, 'classifiers/')} (${rows.length})`);
  }
  let shared: string[] = [];
  try {
    shared = readdirJsonl(sharedDir);
  } catch {
    // The shared datasets sit beside the repository in development; without them the own corpus is the mix.
  }
  for (const path of shared) {
    const rows = readJsonl(path);
    unique.push(...rows);
    sources.push(`../shared/datasets/${path.split('/').pop()} (${rows.length})`);
  }
  if (unique.length === 0) throw new Error('no messages found for the benchmark mix');
  return { unique, sources };
}

function readdirJsonl(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(dir, f));
}

/** The unique mix repeated in order until it has at least `min` messages. */
export function repeatMix(unique: readonly MixMessage[], min = MIN_MESSAGES): MixMessage[] {
  const out: MixMessage[] = [];
  while (out.length < min) out.push(...unique);
  return out;
}

function quantile(sorted: Float64Array, q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Two stages on their own, each over n messages of the mix (after one warm-up pass): normalize(), and the
 * one-pass scan that opens the signal gates and sums the token-weight model (on already normalized text).
 * The rest of classify() is the gated signal detectors and building the explained verdict.
 */
function measureStages(unique: readonly MixMessage[], n: number): ClassifierBenchResult['stages'] {
  const scanner = new TextScanner(loadModel(), registeredGateWords());
  const normalized = unique.map((m) => normalize(m.text));
  const perSecond = (work: (i: number) => number) => {
    let sink = 0;
    for (let i = 0; i < unique.length; i++) sink += work(i);
    const started = process.hrtime.bigint();
    for (let i = 0; i < n; i++) sink += work(i % unique.length);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return sink === Number.MIN_VALUE ? 0 : Math.round(n / seconds);
  };
  return {
    normalizeMsgsPerSec: perSecond((i) => normalize(unique[i]!.text).text.length),
    scanMsgsPerSec: perSecond((i) => scanner.scan(normalized[i]!.text, normalized[i]!.original).logOdds),
  };
}

export async function runClassifierBench(options: { messages?: number; onProgress?: (stage: string, fraction: number) => void } = {}): Promise<ClassifierBenchResult> {
  const progress = options.onProgress ?? (() => undefined);
  const { unique, sources } = loadMix();
  const mix = repeatMix(unique, options.messages ?? MIN_MESSAGES);
  const n = mix.length;

  // Warm-up: every distinct message a few times, so the measurement sees compiled code and warm caches.
  let sink = 0;
  for (let pass = 0; pass < WARMUP_PASSES; pass++) {
    for (const m of unique) sink += classify(m.text, m.context).score;
    progress('warm-up', (pass + 1) / WARMUP_PASSES);
  }

  const latencies = new Float64Array(n);
  const step = Math.max(1, Math.floor(n / 50));
  const cpuStarted = process.cpuUsage();
  const started = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    const m = mix[i]!;
    const t0 = process.hrtime.bigint();
    sink += classify(m.text, m.context).score;
    latencies[i] = Number(process.hrtime.bigint() - t0);
    if (i % step === 0) progress('classifier', i / n);
  }
  const elapsedNs = Number(process.hrtime.bigint() - started);
  const cpu = process.cpuUsage(cpuStarted);
  const memory = process.memoryUsage();
  progress('classifier', 1);

  const sorted = latencies.slice().sort();
  const stages = measureStages(unique, n);
  const meanNs = latencies.reduce((a, b) => a + b, 0) / n;

  // Baseline: natural's BayesClassifier trained on the same corpus the shipped model is trained on.
  // Loaded only now, so natural and the training code are not in the RSS figure above.
  const { baseCorpus } = await import('../src/learning/train-model.js');
  const { trainBayes } = await import('../classifiers/train.js');
  const { docs } = baseCorpus();
  const { bayes } = trainBayes(docs);
  // Spread evenly over the distinct messages, so the sample has the mix's proportions of each source.
  const sample = Array.from({ length: BASELINE_SAMPLE }, (_, i) => unique[Math.floor((i * unique.length) / BASELINE_SAMPLE)]!.text);
  for (let i = 0; i < 200; i++) sink += bayes.classify(sample[i]!).length;
  const baselineStep = Math.max(1, Math.floor(sample.length / 20));
  const baseCpuStarted = process.cpuUsage();
  const baseStarted = process.hrtime.bigint();
  for (let i = 0; i < sample.length; i++) {
    sink += bayes.classify(sample[i]!).length;
    if (i % baselineStep === 0) progress('baseline (natural Bayes)', i / sample.length);
  }
  const baseNs = Number(process.hrtime.bigint() - baseStarted);
  const baseCpu = process.cpuUsage(baseCpuStarted);
  progress('baseline (natural Bayes)', 1);
  if (sink === Number.MIN_VALUE) console.log(sink); // keep the work observable

  const msgsPerSec = Math.round(n / (elapsedNs / 1e9));
  const baselineMsgsPerSec = Math.round(sample.length / (baseNs / 1e9));
  return {
    messages: n,
    uniqueMessages: unique.length,
    sources,
    msgsPerSec,
    cpuMsgsPerSec: Math.round(n / ((cpu.user + cpu.system) / 1e6)),
    p50Micros: r2(quantile(sorted, 0.5) / 1000),
    p99Micros: r2(quantile(sorted, 0.99) / 1000),
    p999Micros: r2(quantile(sorted, 0.999) / 1000),
    maxMicros: r2((sorted[n - 1] ?? Number.NaN) / 1000),
    meanMicros: r2(meanNs / 1000),
    rssMB: r1(memory.rss / 2 ** 20),
    heapUsedMB: r1(memory.heapUsed / 2 ** 20),
    baselineMessages: sample.length,
    baselineMsgsPerSec,
    baselineCpuMsgsPerSec: Math.round(sample.length / ((baseCpu.user + baseCpu.system) / 1e6)),
    baselineTrainedOn: docs.length,
    ratio: r2(msgsPerSec / baselineMsgsPerSec),
    stages,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const at = args.indexOf('--messages');
  const messages = at >= 0 ? Number(args[at + 1]) : undefined;
  const onProgress = process.send ? (stage: string, fraction: number) => process.send!({ type: 'progress', stage, fraction }) : undefined;
  const result = await runClassifierBench({ messages, onProgress });
  if (!json) {
    console.log(`classifier over ${result.messages} messages (${result.uniqueMessages} distinct: ${result.sources.join(', ')})`);
    console.log(`  ours:     ${result.msgsPerSec} msg/s (${result.cpuMsgsPerSec} per CPU-second), p50 ${result.p50Micros} µs, p99 ${result.p99Micros} µs, p99.9 ${result.p999Micros} µs, max ${result.maxMicros} µs, RSS ${result.rssMB} MB`);
    console.log(`  stages alone: normalize ${result.stages.normalizeMsgsPerSec} msg/s, scan (gates + token model) ${result.stages.scanMsgsPerSec} msg/s`);
    console.log(`  baseline: natural BayesClassifier ${result.baselineMsgsPerSec} msg/s (${result.baselineCpuMsgsPerSec} per CPU-second) on ${result.baselineMessages} messages → ratio ${result.ratio}×`);
  }
  console.log(JSON.stringify(result));
}
