/** The local scan API behind "Try a message": classify pasted text with a community's settings, nothing stored. */
import { classify } from '../../classifiers/classify.js';
import type { Screener } from '../pipeline.js';
import type { Verdict } from '../types.js';
import { highlightEvidence } from './highlight.js';

/** Longest text accepted: far above any chat message, far below the body limit. */
export const SCAN_MAX_CHARS = 8000;
/** Used when the caller names no community: the global settings. */
export const DEFAULT_COMMUNITY = 'default';

export interface ScanResult {
  verdict: Verdict;
  /** The text, escaped, with evidence marked: safe to insert as HTML. */
  highlighted: string;
  communityId: string;
}

/**
 * Calls classify() directly rather than Screener.verdictFor(): a moderator's experiments must not count as
 * "messages screened" in the metrics, and pasted text has no author or channel context anyway.
 */
export async function scan(screener: Screener, text: string, communityId: string = DEFAULT_COMMUNITY): Promise<ScanResult> {
  const community = await screener.community(communityId);
  const verdict = classify(text, {}, community);
  return { verdict, highlighted: highlightEvidence(text, verdict.signals).value, communityId };
}
