/** The one path through the system, on a real SQLite store with a recording fake platform. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { configSchema } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { Screener } from '../../src/pipeline.js';
import type { ActionResult, MessageRef, PlatformActions } from '../../src/platform.js';
import { openStore } from '../../src/review/open-store.js';
import type { ReviewStore } from '../../src/review/store.js';
import type { ChatMessage, ReviewItem } from '../../src/types.js';
import { HARD_NEGATIVE_TEXT, SCAM_TEXT } from '../fixtures/messages.js';

class RecordingPlatform implements PlatformActions {
  calls: string[] = [];
  deleteResult: ActionResult = { ok: true };
  async deleteMessage(ref: MessageRef) { this.calls.push(`delete ${ref.messageId}`); return this.deleteResult; }
  async flag(item: ReviewItem) { this.calls.push(`flag ${item.messageId}`); return { ok: true } as const; }
  async timeout(ref: MessageRef, minutes: number) { this.calls.push(`timeout ${ref.authorId} ${minutes}`); return { ok: true } as const; }
  async ban(ref: MessageRef) { this.calls.push(`ban ${ref.authorId}`); return { ok: true } as const; }
  async restore(item: ReviewItem) { this.calls.push(`restore ${item.messageId}`); return { ok: true } as const; }
  async notifyAuthor(item: ReviewItem) { this.calls.push(`notify ${item.authorId}`); return { ok: true } as const; }
}

let counter = 0;
function message(text: string, over: Partial<ChatMessage> = {}): ChatMessage {
  counter++;
  return {
    platform: 'discord', communityId: 'g1', channelId: 'c1', messageId: `m${counter}`, text, edited: false, sentAt: new Date(),
    author: { id: `u${counter}`, name: 'someone', isBot: false, roles: [] }, ...over,
  };
}

const open: Array<{ screener: Screener; store: ReviewStore }> = [];
async function setup(config: Record<string, unknown> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'pipeline-'));
  const parsed = configSchema.parse({ ...config, store: { sqlitePath: join(dir, 'db.sqlite') } });
  const store = await openStore(parsed.store, { spoolPath: false });
  const screener = await Screener.create({ config: parsed, store, log: createLogger('silent') });
  const platform = new RecordingPlatform();
  screener.registerPlatform('discord', platform);
  open.push({ screener, store });
  return { screener, store, platform };
}
afterEach(async () => {
  for (const { screener, store } of open.splice(0)) {
    await screener.close();
    await store.close();
  }
});

const moderator = (id: string) => ({ moderatorId: id, moderatorName: `mod ${id}` });

describe('pipeline', () => {
  it('deletes a scam, files a review card, and stores the case with every outcome', async () => {
    const { screener, store, platform } = await setup();
    const msg = message(SCAM_TEXT);
    const result = await screener.screen(msg);
    expect(result.verdict.label).toBe('scam');
    expect(platform.calls).toEqual([`delete ${msg.messageId}`, `flag ${msg.messageId}`]);
    const item = await store.getItem(result.item!.id);
    expect(item).toMatchObject({ status: 'pending', source: 'classifier', text: SCAM_TEXT, label: 'scam' });
    expect(item!.actions.map((a) => [a.kind, a.ok])).toEqual([['delete', true], ['flag', true]]);
    expect(item!.signals.map((s) => s.id)).toContain('wallet-secret-request');
  });

  it('does nothing at all for a hard negative', async () => {
    const { screener, store, platform } = await setup();
    const result = await screener.screen(message(HARD_NEGATIVE_TEXT));
    expect(result.actions).toEqual([]);
    expect(platform.calls).toEqual([]);
    expect(await store.countItems()).toBe(0);
  });

  it('a failed delete falls back to a flag, and the failure is recorded', async () => {
    const { screener, store, platform } = await setup();
    platform.deleteResult = { ok: false, error: 'missing-permission' };
    const result = await screener.screen(message(SCAM_TEXT));
    const item = await store.getItem(result.item!.id);
    expect(item!.actions).toEqual([
      expect.objectContaining({ kind: 'delete', ok: false, error: 'missing-permission' }),
      expect.objectContaining({ kind: 'flag', ok: true, fallbackFor: 'delete' }),
    ]);
  });

  it("screens while the store can't tell a community's runtime settings, flagging instead of deleting, and reads them once it can", async () => {
    const { screener, store, platform } = await setup();
    await store.setSetting('community:g2', { mode: 'dry-run' });
    const getSetting = vi.spyOn(store, 'getSetting').mockRejectedValueOnce(new Error('connect ECONNREFUSED')).mockRejectedValueOnce(new Error('connect ECONNREFUSED'));

    const during = message(SCAM_TEXT);
    const result = await screener.screen(during);
    expect(result.verdict.label).toBe('scam');
    expect(platform.calls).toEqual([`flag ${during.messageId}`]);
    const inOtherCommunity = await screener.screen(message(SCAM_TEXT, { communityId: 'g2' }));
    expect(inOtherCommunity.actions.map((a) => a.kind)).toEqual(['flag']); // its dry-run override is unknown yet

    // The store answers again: the configured mode in g1, the runtime override in g2.
    platform.calls = [];
    const after = message(SCAM_TEXT);
    await screener.screen(after);
    expect(platform.calls).toEqual([`delete ${after.messageId}`, `flag ${after.messageId}`]);
    const dryRun = await screener.screen(message(SCAM_TEXT, { communityId: 'g2' }));
    expect(dryRun.actions.every((a) => a.dryRun)).toBe(true);
    expect(getSetting).toHaveBeenCalledTimes(4);
  });

  it('dry-run records what it would do and calls nothing', async () => {
    const { screener, store, platform } = await setup({ mode: 'dry-run' });
    const result = await screener.screen(message(SCAM_TEXT));
    expect(platform.calls).toEqual([]);
    const item = await store.getItem(result.item!.id);
    expect(item!.actions.map((a) => [a.kind, a.dryRun])).toEqual([['delete', true], ['flag', true]]);
  });

  it('two moderators deciding at once give one decision; the second learns who decided', async () => {
    const { screener } = await setup();
    const { item } = await screener.screen(message(SCAM_TEXT));
    const [a, b] = await Promise.all([
      screener.decide(item!.id, { status: 'confirmed-scam', ...moderator('alice') }),
      screener.decide(item!.id, { status: 'false-positive', ...moderator('bob') }),
    ]);
    expect([a!.applied, b!.applied].sort()).toEqual([false, true]);
    const loser = a!.applied ? b! : a!;
    const winner = a!.applied ? a! : b!;
    expect(loser.item.decidedBy).toBe(winner.item.decidedBy);
  });

  it('confirming a flagged message deletes it and escalates after N confirmed scams by one author', async () => {
    const { screener, platform } = await setup({ mode: 'flag-only', escalation: { afterConfirmed: 2, action: 'timeout', timeoutMinutes: 15 } });
    const author = { id: 'spammer', name: 'spammer', isBot: false, roles: [] };
    for (const [i, text] of [SCAM_TEXT, `${SCAM_TEXT} Hurry.`].entries()) {
      const msg = message(text, { author, messageId: `s${i}` });
      const { item } = await screener.screen(msg);
      platform.calls = [];
      await screener.decide(item!.id, { status: 'confirmed-scam', ...moderator('alice') });
      expect(platform.calls).toEqual(i === 0 ? [`delete s${i}`] : [`delete s${i}`, 'timeout spammer 15']);
    }
  });

  it('a false positive on a deleted message is restored, and the author notified where configured', async () => {
    const { screener, platform, store } = await setup({ notifyAuthorOnFalsePositive: true });
    const msg = message(SCAM_TEXT);
    const { item } = await screener.screen(msg);
    platform.calls = [];
    await screener.decide(item!.id, { status: 'false-positive', ...moderator('alice') });
    expect(platform.calls).toEqual([`restore ${msg.messageId}`, `notify ${msg.author.id}`]);
    expect((await store.getItem(item!.id))!.status).toBe('false-positive');
  });

  it('a confirmed scam catches its near-duplicates at once, in any community, even obfuscated', async () => {
    const { screener } = await setup();
    const text = 'Greetings members, the foundation prepared a loyalty package for early supporters this season, fill in the short loyalty questionnaire pinned in announcements to be counted';
    const first = await screener.screen(message(text));
    expect(first.verdict.label).not.toBe('scam');
    const firstItem = first.item ?? (await screener.report(message(text), { id: 'r', name: 'reporter' }));
    await screener.decide(firstItem.id, { status: 'confirmed-scam', ...moderator('alice') });
    const repost = await screener.screen(message(text.replace('season', 'month').replace(/o/g, '0'), { communityId: 'g2' }));
    expect(repost.verdict.label).toBe('scam');
    expect(repost.verdict.signals[0]).toMatchObject({ id: 'known-scam-fingerprint' });
    expect(repost.item!.source).toBe('fingerprint');
  });

  it('a false positive stops the same benign text being flagged again', async () => {
    const { screener, platform } = await setup();
    const text = 'Check your DMs, our agent will help you validate your wallet on the dapp before the deadline today';
    const first = await screener.screen(message(text));
    expect(first.verdict.label).not.toBe('clean');
    await screener.decide(first.item!.id, { status: 'false-positive', ...moderator('alice') });
    platform.calls = [];
    const again = await screener.screen(message(text));
    expect(again.verdict.label).toBe('clean');
    expect(again.verdict.signals[0]).toMatchObject({ id: 'known-benign-fingerprint' });
    expect(platform.calls).toEqual([]);
  });

  it("a member's report becomes a flagged item, never a deletion", async () => {
    const { screener, platform } = await setup();
    const msg = message('gm, anyone selling their node license?');
    const item = await screener.report(msg, { id: 'r1', name: 'reporter' });
    expect(item).toMatchObject({ source: 'member-report', reportedBy: 'reporter (r1)' });
    expect(platform.calls).toEqual([`flag ${msg.messageId}`]);
  });
});
