/** `scam-screener eval`: score a labelled JSONL file and report the confusion table. */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { classify } from '../classifiers/classify.js';
import { defaultClassifierConfig, type ClassifierConfig } from '../classifiers/types.js';

const contextSchema = z.object({
  accountAgeDays: z.number().optional(),
  memberAgeDays: z.number().optional(),
  isFirstMessage: z.boolean().optional(),
  replyToText: z.string().optional(),
  authorDisplayName: z.string().optional(),
  authorIsStaff: z.boolean().optional(),
}).optional();

export const evalLineSchema = z.object({
  text: z.string(),
  label: z.enum(['scam', 'legit', 'spam', 'ham']),
  context: contextSchema,
});

export interface EvalSummary {
  n: number; tp: number; fp: number; tn: number; fn: number;
  precision: number; recall: number; f1: number;
}

export interface EvalProblem { line: number; error: string }
export interface EvalRow { line: number; actualScam: boolean; predictedScam: boolean; score: number; text: string }

/** Reads the file line by line; a malformed line becomes a problem, never a crash. */
export async function evaluateFile(
  path: string,
  options: { config?: ClassifierConfig; onProgress?: (linesDone: number) => void; onRow?: (row: EvalRow) => void } = {},
): Promise<{ summary: EvalSummary; problems: EvalProblem[] }> {
  const config = options.config ?? defaultClassifierConfig;
  const counts = { tp: 0, fp: 0, tn: 0, fn: 0 };
  const problems: EvalProblem[] = [];
  let lineNumber = 0;
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    lineNumber++;
    if (!line.trim()) continue;
    const parsed = parseLine(line);
    if ('error' in parsed) {
      problems.push({ line: lineNumber, error: parsed.error });
      continue;
    }
    const actualScam = parsed.label === 'scam' || parsed.label === 'spam';
    const verdict = classify(parsed.text, parsed.context ?? {}, config);
    // Anything the bot would act on (flag or delete) counts as a positive prediction.
    const predictedScam = verdict.label !== 'clean';
    if (actualScam) counts[predictedScam ? 'tp' : 'fn']++;
    else counts[predictedScam ? 'fp' : 'tn']++;
    options.onRow?.({ line: lineNumber, actualScam, predictedScam, score: verdict.score, text: parsed.text });
    if (lineNumber % 100 === 0) options.onProgress?.(lineNumber);
  }
  options.onProgress?.(lineNumber);
  return { summary: summarize(counts), problems };
}

function parseLine(line: string): z.infer<typeof evalLineSchema> | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { error: 'not valid JSON' };
  }
  const result = evalLineSchema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  return { error: `${issue.path.join('.') || 'line'}: ${issue.message}` };
}

export function summarize(c: { tp: number; fp: number; tn: number; fn: number }): EvalSummary {
  const round = (x: number) => Math.round(x * 10_000) / 10_000;
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { n: c.tp + c.fp + c.tn + c.fn, ...c, precision: round(precision), recall: round(recall), f1: round(f1) };
}

export function confusionTable(s: EvalSummary): string {
  const w = Math.max(5, String(s.n).length);
  const pad = (x: number) => String(x).padStart(w);
  return [
    `${''.padEnd(16)}${'flagged'.padStart(w + 2)}${'clean'.padStart(w + 2)}`,
    `${'actually scam'.padEnd(16)}  ${pad(s.tp)}  ${pad(s.fn)}`,
    `${'actually legit'.padEnd(16)}  ${pad(s.fp)}  ${pad(s.tn)}`,
    '',
    `n=${s.n}  precision=${s.precision.toFixed(4)}  recall=${s.recall.toFixed(4)}  f1=${s.f1.toFixed(4)}`,
  ].join('\n');
}
