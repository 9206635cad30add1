/** Marks where each signal's evidence occurs in a message, so moderators see why it was flagged. */
import type { Signal } from '../types.js';
import { escapeHtml, SafeHtml } from './html.js';

interface Span {
  start: number;
  end: number;
  signalId: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every case-insensitive occurrence of every signal's evidence; overlaps keep the earlier, then longer, span. */
export function evidenceSpans(text: string, signals: readonly Signal[]): Span[] {
  const found: Span[] = [];
  for (const signal of signals) {
    // Evidence is usually a quote from the text, sometimes with a note after it: "metamask-sync.xyz (imitates metamask)".
    const evidence = signal.evidence.replace(/\s+\([^)]*\)$/, '').trim();
    if (!evidence) continue;
    // A regex with the `i` flag, not toLowerCase(): lowercasing can change string length and shift offsets.
    const re = new RegExp(escapeRegExp(evidence), 'gi');
    for (const match of text.matchAll(re)) {
      found.push({ start: match.index, end: match.index + match[0].length, signalId: signal.id });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const span of found) {
    const last = kept[kept.length - 1];
    if (!last || span.start >= last.end) kept.push(span);
  }
  return kept;
}

/** The text, escaped, with evidence wrapped in <mark title="signal-id">. */
export function highlightEvidence(text: string, signals: readonly Signal[]): SafeHtml {
  let out = '';
  let at = 0;
  for (const span of evidenceSpans(text, signals)) {
    out += escapeHtml(text.slice(at, span.start));
    out += `<mark title="${escapeHtml(span.signalId)}">${escapeHtml(text.slice(span.start, span.end))}</mark>`;
    at = span.end;
  }
  out += escapeHtml(text.slice(at));
  return new SafeHtml(out);
}
