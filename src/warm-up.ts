/**
 * Classifies the shipped corpus once, before the first real message. V8 compiles each of the classifier's
 * patterns and functions the first time they run: without this, the first few dozen messages after a
 * (re)start each waited for that compilation, up to ~0.4 s from Discord's MESSAGE_CREATE to the delete
 * (`npm run test:load`). Once per process: the compiled code is shared by every Screener.
 */
import { readFileSync } from 'node:fs';
import { classify } from '../classifiers/classify.js';
import { packagePath } from '../classifiers/paths.js';
import type { MessageContext } from '../classifiers/types.js';

let warmed = false;

/** How many corpus messages were classified (0 when already warm or when the corpus is not shipped). */
export function warmUpClassifier(): number {
  if (warmed) return 0;
  warmed = true;
  let lines: string[];
  try {
    lines = readFileSync(packagePath('classifiers', 'data', 'train.jsonl'), 'utf8').split('\n');
  } catch {
    return 0; // a trimmed install without the corpus still works, it just starts cold
  }
  let count = 0;
  for (const line of lines) {
    if (!line.trim()) continue;
    const { text, context } = JSON.parse(line) as { text: string; context?: MessageContext };
    classify(text, context ?? {});
    count++;
  }
  return count;
}
