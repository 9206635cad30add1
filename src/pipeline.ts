/**
 * The one path through the system: ChatMessage → classify → policy → actions → review queue.
 * Adapters call `screen`, `report` and `decide`; they never classify or read mode flags themselves.
 */
import { classifyDetailed } from '../classifiers/classify.js';
import { normalize } from '../classifiers/normalize.js';
import type { MessageContext, Signal } from '../classifiers/types.js';
import { resolveCommunity, type CommunityConfig, type CommunityOverride, type Config } from './config.js';
import { FingerprintIndex, minhash } from './learning/fingerprints.js';
import { textField, type Logger } from './log.js';
import type { ActionResult, PlatformActions } from './platform.js';
import { refOf } from './platform.js';
import { decideActions, escalationFor, type Exemption } from './policy.js';
import { CounterBuffer } from './review/counter-buffer.js';
import type { ReviewStore } from './review/store.js';
import { warmUpClassifier } from './warm-up.js';
import type {
  ActionOutcome, ChatMessage, DecideResult, Decision, ItemSource, PlannedAction, Platform, ReviewItem, Verdict,
} from './types.js';

const DAY_MS = 86_400_000;
/**
 * Upper bound on one platform call (delete, flag, timeout, ban, …), so a hung request cannot stall screening.
 * Above the adapters' own bounds (discord.js: 10 s × 3 tries; Slack: 3 retries capped at 10 s) so it only
 * fires when a call truly hangs. A timed-out call is not cancelled; its outcome is recorded as failed.
 */
export const PLATFORM_CALL_TIMEOUT_MS = 30_000;

export interface ScreenResult {
  verdict: Verdict;
  actions: PlannedAction[];
  exemptBecause?: Exemption;
  item?: ReviewItem;
  outcomes: ActionOutcome[];
}

/** Observers for metrics; all optional. */
export interface ScreenerHooks {
  onScreened?(verdict: Verdict, micros: number): void;
  onAction?(outcome: ActionOutcome, platform: Platform): void;
}

export interface ScreenerDeps {
  config: Config;
  store: ReviewStore;
  log: Logger;
  fingerprints?: FingerprintIndex;
  hooks?: ScreenerHooks;
  /** Default PLATFORM_CALL_TIMEOUT_MS; tests shorten it. */
  platformTimeoutMs?: number;
}

export class Screener {
  private readonly platforms = new Map<Platform, PlatformActions>();
  private readonly overrides = new Map<string, CommunityOverride>();
  readonly fingerprints: FingerprintIndex;
  private readonly counters: CounterBuffer;

  constructor(private readonly deps: ScreenerDeps) {
    this.fingerprints = deps.fingerprints ?? new FingerprintIndex();
    this.counters = new CounterBuffer(deps.store, deps.log);
  }

  /** Flushes buffered counters; call before closing the store. */
  async close(): Promise<void> {
    await this.counters.close();
  }

  static async create(deps: Omit<ScreenerDeps, 'fingerprints'>): Promise<Screener> {
    warmUpClassifier();
    return new Screener({ ...deps, fingerprints: await FingerprintIndex.load(deps.store) });
  }

  registerPlatform(platform: Platform, actions: PlatformActions): void {
    this.platforms.set(platform, actions);
  }

  /** Effective config for a community: file/env settings plus overrides set at runtime (e.g. `/screener config`). */
  async community(communityId: string): Promise<CommunityConfig> {
    let runtime = this.overrides.get(communityId);
    if (!runtime) {
      try {
        runtime = (await this.deps.store.getSetting<CommunityOverride>(`community:${communityId}`)) ?? {};
      } catch (error) {
        return this.communityWithoutOverrides(communityId, error);
      }
      this.overrides.set(communityId, runtime);
    }
    return resolveCommunity(this.deps.config, communityId, runtime);
  }

  /**
   * The store is away and this community's runtime overrides were never read: screen anyway with the
   * file/env settings rather than let messages through unscreened, but flag instead of deleting — a
   * moderator may have switched the community to flag-only, and a wrongful delete hurts more than a
   * flag. Not cached: the next message tries the store again.
   */
  private communityWithoutOverrides(communityId: string, error: unknown): CommunityConfig {
    const configured = resolveCommunity(this.deps.config, communityId, {});
    this.deps.log.warn({ communityId, err: error }, 'store unavailable: runtime settings unknown, screening with the configured settings and flagging instead of deleting');
    return { ...configured, mode: configured.mode === 'enforce' ? 'flag-only' : configured.mode };
  }

  async setCommunityOverride(communityId: string, change: CommunityOverride): Promise<CommunityConfig> {
    const current = (await this.deps.store.getSetting<CommunityOverride>(`community:${communityId}`)) ?? {};
    const next = { ...current, ...change };
    await this.deps.store.setSetting(`community:${communityId}`, next);
    this.overrides.set(communityId, next);
    return resolveCommunity(this.deps.config, communityId, next);
  }

  /** Classifies a message with its context and what moderators have already decided about near-duplicates. */
  verdictFor(msg: ChatMessage, community: CommunityConfig): { verdict: Verdict; source: ItemSource } {
    const started = performance.now();
    const { verdict, normalizedText } = classifyDetailed(msg.text, contextOf(msg, community), community);
    const fingerprinted = this.applyFingerprints(normalizedText, verdict, community);
    this.counters.increment('screened');
    this.deps.hooks?.onScreened?.(fingerprinted.verdict, (performance.now() - started) * 1000);
    return fingerprinted;
  }

  async screen(msg: ChatMessage, selfId?: string): Promise<ScreenResult> {
    const community = await this.community(msg.communityId);
    const { verdict, source } = this.verdictFor(msg, community);
    // Escalation (timeout/ban) is decided when a moderator confirms a scam, in `decide`.
    const decision = decideActions({ verdict, community, author: msg.author, channelId: msg.channelId, selfId });
    const result: ScreenResult = { verdict, actions: decision.actions, exemptBecause: decision.exemptBecause, outcomes: [] };
    if (decision.actions.length === 0) return result;

    this.deps.log.info(
      { communityId: msg.communityId, channelId: msg.channelId, messageId: msg.messageId, score: verdict.score, label: verdict.label, signals: verdict.signals.map((s) => s.id), ...textField(this.deps.log, msg.text) },
      'message matched',
    );
    // Stored before acting: whatever happens next, moderators see the case.
    const item = await this.deps.store.insertItem(newItem(msg, verdict, source));
    result.outcomes = await this.perform(item, decision.actions);
    result.item = { ...item, actions: result.outcomes };
    return result;
  }

  /** A member's report: always a review item, never a deletion on its own (members can't delete via the bot). */
  async report(msg: ChatMessage, reporter: { id: string; name: string }): Promise<ReviewItem> {
    const community = await this.community(msg.communityId);
    const { verdict } = this.verdictFor(msg, community);
    const item = await this.deps.store.insertItem({ ...newItem(msg, verdict, 'member-report'), reportedBy: `${reporter.name} (${reporter.id})` });
    const outcomes = await this.perform(item, [{ kind: 'flag', dryRun: false }]);
    return { ...item, actions: outcomes };
  }

  /** A moderator's decision, from a chat button or the dashboard: idempotent, followed by what it implies. */
  async decide(itemId: string, decision: Decision): Promise<DecideResult | undefined> {
    const result = await this.deps.store.decide(itemId, decision);
    if (!result?.applied) return result;
    const item = result.item;
    const community = await this.community(item.communityId);
    const platform = this.platforms.get(item.platform);
    const follow: ActionOutcome[] = [];
    this.learnFrom(item);

    const deleted = item.actions.some((a) => a.kind === 'delete' && a.ok && !a.dryRun);
    if (item.status === 'confirmed-scam' && platform) {
      if (!deleted) follow.push(await this.run(platform, item, { kind: 'delete', dryRun: community.mode === 'dry-run' }));
      const confirmed = await this.deps.store.countItems({ status: 'confirmed-scam', authorId: item.authorId, communityId: item.communityId, platform: item.platform });
      const escalation = escalationFor(community, confirmed);
      if (escalation) follow.push(await this.run(platform, item, escalation));
    }
    if (item.status === 'false-positive' && platform) {
      if (deleted && platform.restore) follow.push(outcome('flag', await safely(() => platform.restore!(item), this.platformTimeoutMs), false));
      if (deleted && community.notifyAuthorOnFalsePositive && platform.notifyAuthor) await safely(() => platform.notifyAuthor!(item), this.platformTimeoutMs);
    }
    if (follow.length) await this.deps.store.appendActions(item.id, follow);
    const updated = { ...item, actions: [...item.actions, ...follow] };
    if (platform?.onDecided) await platform.onDecided(updated).catch((error: unknown) => this.deps.log.warn({ err: error, itemId }, 'could not update review card'));
    return { applied: true, item: updated };
  }

  private learnFrom(item: ReviewItem): void {
    if (item.status !== 'confirmed-scam' && item.status !== 'false-positive') return;
    // Fingerprints are taken of normalized text, so an obfuscated re-post still matches.
    const hash = item.text ? minhash(normalize(item.text).text) : undefined;
    if (!hash) return;
    const fp = { kind: item.status === 'confirmed-scam' ? 'scam' : 'benign', hash, itemId: item.id, communityId: item.communityId } as const;
    this.fingerprints.add({ ...fp, createdAt: new Date().toISOString() });
    this.deps.store.addFingerprint(fp).catch((error: unknown) => this.deps.log.error({ err: error, itemId: item.id }, 'could not store fingerprint'));
  }

  private applyFingerprints(normalizedText: string, verdict: Verdict, community: CommunityConfig): { verdict: Verdict; source: ItemSource } {
    if (this.fingerprints.size === 0) return { verdict, source: 'classifier' };
    const hash = minhash(normalizedText);
    const match = hash ? this.fingerprints.match(hash) : undefined;
    if (!match) return { verdict, source: 'classifier' };
    if (match.kind === 'benign') {
      const signal: Signal = { id: 'known-benign-fingerprint', weight: -verdict.score, evidence: `near-duplicate of false positive ${match.itemId}` };
      return { verdict: { score: 0, label: 'clean', signals: [signal, ...verdict.signals] }, source: 'classifier' };
    }
    const signal: Signal = { id: 'known-scam-fingerprint', weight: 1 - verdict.score, evidence: `near-duplicate of confirmed scam ${match.itemId}` };
    const score = Math.max(verdict.score, community.deleteThreshold, 0.99);
    return { verdict: { score, label: 'scam', signals: [signal, ...verdict.signals] }, source: 'fingerprint' };
  }

  /** Carries out planned actions; a failed delete falls back to a flag, and every outcome is recorded. */
  private async perform(item: ReviewItem, actions: PlannedAction[]): Promise<ActionOutcome[]> {
    const platform = this.platforms.get(item.platform);
    const outcomes: ActionOutcome[] = [];
    for (const action of actions) {
      if (action.kind === 'flag' && outcomes.some((o) => o.kind === 'flag')) continue;
      const result = platform
        ? await this.run(platform, { ...item, actions: outcomes }, action)
        : outcome(action.kind, { ok: false, error: 'platform-not-connected' }, action.dryRun);
      outcomes.push(result);
      if (action.kind === 'delete' && !result.ok && platform) {
        outcomes.push({ ...(await this.run(platform, { ...item, actions: outcomes }, { kind: 'flag', dryRun: false })), fallbackFor: 'delete' });
      }
    }
    await this.deps.store.appendActions(item.id, outcomes).catch((error: unknown) => this.deps.log.error({ err: error, itemId: item.id }, 'could not record action outcomes'));
    return outcomes;
  }

  private recorded(done: ActionOutcome, platform: Platform): ActionOutcome {
    this.counters.increment(`action:${done.kind}:${done.dryRun ? 'dry-run' : done.ok ? 'ok' : 'failed'}`);
    this.deps.hooks?.onAction?.(done, platform);
    return done;
  }

  private get platformTimeoutMs(): number {
    return this.deps.platformTimeoutMs ?? PLATFORM_CALL_TIMEOUT_MS;
  }

  private async run(platform: PlatformActions, item: ReviewItem, action: PlannedAction): Promise<ActionOutcome> {
    if (action.dryRun) return this.recorded(outcome(action.kind, { ok: true }, true), item.platform);
    const ref = refOf(item);
    const result = await safely(() => {
      switch (action.kind) {
        case 'delete': return platform.deleteMessage(ref);
        case 'flag': return platform.flag(item);
        case 'timeout': return platform.timeout(ref, action.minutes ?? 60);
        case 'ban': return platform.ban(ref);
      }
    }, this.platformTimeoutMs);
    if (!result.ok) this.deps.log.warn({ itemId: item.id, action: action.kind, error: result.error }, 'action failed');
    return this.recorded(outcome(action.kind, result, false), item.platform);
  }
}

/** What the classifier may know about the author and the conversation. */
export function contextOf(msg: ChatMessage, community: CommunityConfig): MessageContext {
  const ageDays = (from?: Date) => (from ? Math.max(0, (msg.sentAt.getTime() - from.getTime()) / DAY_MS) : undefined);
  return {
    accountAgeDays: ageDays(msg.author.accountCreatedAt),
    memberAgeDays: ageDays(msg.author.joinedAt),
    isFirstMessage: msg.isFirstMessage,
    replyToText: msg.replyToText,
    authorDisplayName: msg.author.displayName ?? msg.author.name,
    authorIsStaff: msg.author.roles.some((role) => community.exemptRoles.includes(role)),
  };
}

function newItem(msg: ChatMessage, verdict: Verdict, source: ItemSource) {
  return {
    platform: msg.platform, communityId: msg.communityId, channelId: msg.channelId, messageId: msg.messageId,
    permalink: msg.permalink, authorId: msg.author.id, authorName: msg.author.displayName ?? msg.author.name,
    text: msg.text, score: verdict.score, label: verdict.label, signals: verdict.signals, source,
  };
}

function outcome(kind: PlannedAction['kind'], result: ActionResult, dryRun: boolean): ActionOutcome {
  return { kind, ok: result.ok, dryRun, ...(result.ok ? {} : { error: result.error }), at: new Date().toISOString() };
}

/** Platform calls must never take the process down or hang it: unexpected throws and hangs become failed results. */
async function safely(call: () => Promise<ActionResult>, timeoutMs: number): Promise<ActionResult> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const timedOut = new Promise<ActionResult>((resolve) => {
      timer = setTimeout(() => resolve({ ok: false, error: `timed out after ${timeoutMs} ms` }), timeoutMs);
    });
    return await Promise.race([call(), timedOut]);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
