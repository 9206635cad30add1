/**
 * The one behavioural contract every ReviewStore meets. Each store's test file calls `storeContract`
 * with a factory returning a fresh, migrated, empty store.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReviewStore } from '../../src/review/store.js';
import type { ActionOutcome } from '../../src/types.js';
import { sampleItem } from './fixtures/items.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export function storeContract(name: string, makeStore: () => Promise<ReviewStore>): void {
  describe(`${name}: ReviewStore contract`, () => {
    let store: ReviewStore;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it('reports healthy', async () => {
      expect(await store.health()).toMatchObject({ ok: true, kind: store.kind });
    });

    it('inserts a pending item and reads it back intact', async () => {
      const action: ActionOutcome = { kind: 'delete', ok: false, dryRun: false, error: 'Missing Permissions', at: '2024-05-01T10:00:01.000Z' };
      const input = sampleItem({ permalink: 'https://discord.com/channels/1/2/3', reportedBy: 'alice (u1)', actions: [action], createdAt: '2024-05-01T10:00:00.000Z' });
      const inserted = await store.insertItem(input);
      expect(inserted.id).toMatch(UUID);
      expect(inserted).toMatchObject({ status: 'pending', createdAt: '2024-05-01T10:00:00.000Z', signals: input.signals, actions: [action] });
      expect(inserted.decidedBy).toBeUndefined();
      expect(await store.getItem(inserted.id)).toEqual(inserted);
    });

    it('defaults actions to none, createdAt to now, and leaves absent optional fields absent', async () => {
      const before = Date.now();
      const inserted = await store.insertItem(sampleItem());
      const read = await store.getItem(inserted.id);
      expect(read).toEqual(inserted);
      expect(read?.actions).toEqual([]);
      expect(Date.parse(read!.createdAt)).toBeGreaterThanOrEqual(before - 1);
      expect(read).not.toHaveProperty('permalink');
      expect(read).not.toHaveProperty('reportedBy');
    });

    it('round-trips arbitrary unicode text and signal evidence', async () => {
      const text = fc.string({ unit: 'grapheme', maxLength: 200 }).filter((s) => !s.includes('\u0000'));
      await fc.assert(
        fc.asyncProperty(text, text, fc.double({ min: 0, max: 1, noNaN: true }), async (body, evidence, score) => {
          const inserted = await store.insertItem(sampleItem({ text: body, score, signals: [{ id: 'x', weight: score, evidence }] }));
          expect(await store.getItem(inserted.id)).toEqual(inserted);
        }),
        { numRuns: 25 },
      );
    });

    it('returns undefined for an unknown id', async () => {
      expect(await store.getItem('00000000-0000-4000-8000-000000000000')).toBeUndefined();
      expect(await store.getItem('not-a-uuid')).toBeUndefined();
    });

    it('appends action outcomes in order', async () => {
      const first: ActionOutcome = { kind: 'delete', ok: true, dryRun: false, at: '2024-05-01T10:00:01.000Z' };
      const second: ActionOutcome = { kind: 'flag', ok: false, dryRun: false, error: 'channel_not_found', fallbackFor: 'delete', at: '2024-05-01T10:00:02.000Z' };
      const third: ActionOutcome = { kind: 'timeout', ok: true, dryRun: true, at: '2024-05-01T10:00:03.000Z' };
      const { id } = await store.insertItem(sampleItem());
      await store.appendActions(id, [first, second]);
      await store.appendActions(id, []);
      await store.appendActions(id, [third]);
      expect((await store.getItem(id))?.actions).toEqual([first, second, third]);
      await expect(store.appendActions('missing', [first])).resolves.toBeUndefined();
    });

    describe('listing and counting', () => {
      // Seven items a minute apart, oldest first, varying one attribute at a time.
      const at = (minute: number) => `2024-05-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
      let ids: string[];
      beforeEach(async () => {
        const inputs = [
          sampleItem({ createdAt: at(0) }),
          sampleItem({ createdAt: at(1), communityId: 'guild-2' }),
          sampleItem({ createdAt: at(2), channelId: 'chan-general', label: 'suspicious', score: 0.6 }),
          sampleItem({ createdAt: at(3), source: 'member-report', reportedBy: 'bob (u2)' }),
          sampleItem({ createdAt: at(4), authorId: 'user-7' }),
          sampleItem({ createdAt: at(5), platform: 'slack', communityId: 'T1', channelId: 'C1' }),
          sampleItem({ createdAt: at(6), source: 'fingerprint' }),
        ];
        ids = [];
        for (const input of inputs) ids.push((await store.insertItem(input)).id);
        await store.decide(ids[0]!, { status: 'confirmed-scam', moderatorId: 'm1', moderatorName: 'Mod One' });
        await store.decide(ids[1]!, { status: 'false-positive', moderatorId: 'm1', moderatorName: 'Mod One' });
      });
      const listed = async (filter: Parameters<ReviewStore['listItems']>[0]) => (await store.listItems(filter)).map((i) => ids.indexOf(i.id));

      it('lists newest first, 50 by default', async () => {
        expect(await listed({})).toEqual([6, 5, 4, 3, 2, 1, 0]);
        expect(await listed(undefined)).toEqual([6, 5, 4, 3, 2, 1, 0]);
      });

      it('pages with limit and offset', async () => {
        expect(await listed({ limit: 3 })).toEqual([6, 5, 4]);
        expect(await listed({ limit: 3, offset: 3 })).toEqual([3, 2, 1]);
        expect(await listed({ limit: 3, offset: 6 })).toEqual([0]);
      });

      it('filters by status, one or several', async () => {
        expect(await listed({ status: 'pending' })).toEqual([6, 5, 4, 3, 2]);
        expect(await listed({ status: 'confirmed-scam' })).toEqual([0]);
        expect(await listed({ status: ['confirmed-scam', 'false-positive'] })).toEqual([1, 0]);
        expect(await listed({ status: [] })).toEqual([]);
      });

      it('filters by community, channel, source, label, author, platform and since', async () => {
        expect(await listed({ communityId: 'guild-2' })).toEqual([1]);
        expect(await listed({ channelId: 'chan-general' })).toEqual([2]);
        expect(await listed({ source: 'member-report' })).toEqual([3]);
        expect(await listed({ source: 'fingerprint' })).toEqual([6]);
        expect(await listed({ label: 'suspicious' })).toEqual([2]);
        expect(await listed({ authorId: 'user-7' })).toEqual([4]);
        expect(await listed({ platform: 'slack' })).toEqual([5]);
        expect(await listed({ since: at(5) })).toEqual([6, 5]);
        // Any ISO form of the same instant works.
        expect(await listed({ since: '2024-05-01T12:05:00+02:00' })).toEqual([6, 5]);
        expect(await listed({ communityId: 'guild-1', status: 'pending', platform: 'discord', limit: 2 })).toEqual([6, 4]);
      });

      it('counts with the same filters, ignoring paging', async () => {
        expect(await store.countItems()).toBe(7);
        expect(await store.countItems({ status: 'pending' })).toBe(5);
        expect(await store.countItems({ status: ['confirmed-scam', 'false-positive'] })).toBe(2);
        expect(await store.countItems({ communityId: 'guild-1', authorId: 'user-42', platform: 'discord' })).toBe(4);
        expect(await store.countItems({ since: at(3) })).toBe(4);
        expect(await store.countItems({ label: 'clean' })).toBe(0);
      });
    });

    describe('decisions', () => {
      it.each(['confirmed-scam', 'false-positive', 'escalated'] as const)('moves a pending item to %s and records who decided', async (status) => {
        const { id } = await store.insertItem(sampleItem());
        const before = Date.now();
        const result = await store.decide(id, { status, moderatorId: 'm1', moderatorName: 'Mod One', note: 'obvious' });
        expect(result?.applied).toBe(true);
        expect(result?.item).toMatchObject({ id, status, decidedBy: 'm1', decidedByName: 'Mod One' });
        expect(Date.parse(result!.item.decidedAt!)).toBeGreaterThanOrEqual(before - 1);
        expect(await store.getItem(id)).toEqual(result?.item);
      });

      it('applies only the first decision; a later one learns who decided', async () => {
        const { id } = await store.insertItem(sampleItem());
        const first = await store.decide(id, { status: 'confirmed-scam', moderatorId: 'm1', moderatorName: 'Mod One' });
        const second = await store.decide(id, { status: 'false-positive', moderatorId: 'm2', moderatorName: 'Mod Two' });
        expect(second).toEqual({ applied: false, item: first!.item });
        expect(second?.item).toMatchObject({ status: 'confirmed-scam', decidedBy: 'm1', decidedByName: 'Mod One' });
      });

      it('returns undefined for an unknown item', async () => {
        expect(await store.decide('00000000-0000-4000-8000-000000000000', { status: 'confirmed-scam', moderatorId: 'm1', moderatorName: 'Mod One' })).toBeUndefined();
      });
    });

    it('stores fingerprints once each and lists them by kind', async () => {
      await store.addFingerprint({ kind: 'scam', hash: '00ff00ff00ff00ff', itemId: 'i1', communityId: 'guild-1' });
      await store.addFingerprint({ kind: 'benign', hash: '1111222233334444', itemId: 'i2', communityId: 'guild-1' });
      await store.addFingerprint({ kind: 'scam', hash: '00ff00ff00ff00ff', itemId: 'i1', communityId: 'guild-1' });
      await store.addFingerprint({ kind: 'scam', hash: 'abcdefabcdefabcd', itemId: 'i3', communityId: 'T1' });
      const all = await store.listFingerprints();
      expect(all.map((f) => f.itemId).sort()).toEqual(['i1', 'i2', 'i3']);
      expect(all.every((f) => !Number.isNaN(Date.parse(f.createdAt)))).toBe(true);
      const scams = await store.listFingerprints('scam');
      expect(scams.map((f) => [f.hash, f.itemId, f.communityId]).sort()).toEqual([['00ff00ff00ff00ff', 'i1', 'guild-1'], ['abcdefabcdefabcd', 'i3', 'T1']]);
      expect((await store.listFingerprints('benign')).map((f) => f.itemId)).toEqual(['i2']);
    });

    it('sums counters per day and name and lists them from a day on', async () => {
      const today = new Date().toISOString().slice(0, 10);
      await store.incrementCounter('screened');
      await store.incrementCounter('screened', 4);
      await store.incrementCounter('action:delete:ok', 2, '2024-05-01');
      await store.incrementCounter('action:delete:ok', 3, '2024-05-01');
      await store.incrementCounter('screened', 10, '2024-04-30');
      await store.incrementCounter('screened', 7, '2024-05-02');
      expect(await store.listCounters('2024-05-01')).toEqual([
        { day: '2024-05-01', name: 'action:delete:ok', value: 5 },
        { day: '2024-05-02', name: 'screened', value: 7 },
        { day: today, name: 'screened', value: 5 },
      ]);
      expect(await store.listCounters('2999-01-01')).toEqual([]);
    });

    it('keeps settings as JSON', async () => {
      expect(await store.getSetting('missing')).toBeUndefined();
      const override = { flagThreshold: 0.4, exemptRoles: ['r1', 'r2'], nested: { ok: true, none: null } };
      await store.setSetting('community:guild-1', override);
      expect(await store.getSetting('community:guild-1')).toEqual(override);
      await store.setSetting('community:guild-1', { mode: 'dry-run' });
      expect(await store.getSetting('community:guild-1')).toEqual({ mode: 'dry-run' });
      for (const value of ['plain string', 42, 0.5, true, false, null, ['a', 1], '']) {
        await store.setSetting('scalar', value);
        expect(await store.getSetting('scalar')).toEqual(value);
      }
      await store.deleteSetting('community:guild-1');
      expect(await store.getSetting('community:guild-1')).toBeUndefined();
      await store.deleteSetting('never-set');
      await store.setSetting('scalar', undefined);
      expect(await store.getSetting('scalar')).toBeUndefined();
    });

    it('purges text only from items decided before the cut-off, keeping fingerprints and counters', async () => {
      const old = await store.insertItem(sampleItem());
      const recent = await store.insertItem(sampleItem());
      const pending = await store.insertItem(sampleItem({ createdAt: '2020-01-01T00:00:00.000Z' }));
      await store.decide(old.id, { status: 'confirmed-scam', moderatorId: 'm1', moderatorName: 'Mod One' });
      await store.addFingerprint({ kind: 'scam', hash: '00ff00ff00ff00ff', itemId: old.id, communityId: 'guild-1' });
      await store.incrementCounter('screened', 3, '2024-05-01');
      await sleep(5);
      const cutOff = new Date();
      await sleep(5);
      await store.decide(recent.id, { status: 'false-positive', moderatorId: 'm1', moderatorName: 'Mod One' });

      expect(await store.purgeDecidedTexts(cutOff)).toBe(1);
      expect(await store.getItem(old.id)).toMatchObject({ text: null, status: 'confirmed-scam', signals: old.signals });
      expect((await store.getItem(recent.id))?.text).toBe(recent.text);
      expect((await store.getItem(pending.id))?.text).toBe(pending.text);
      expect(await store.listFingerprints()).toHaveLength(1);
      expect(await store.listCounters('2024-05-01')).toEqual([{ day: '2024-05-01', name: 'screened', value: 3 }]);
      expect(await store.purgeDecidedTexts(cutOff)).toBe(0);
    });

    it('migrates again harmlessly', async () => {
      const { id } = await store.insertItem(sampleItem());
      await store.setSetting('k', { v: 1 });
      await store.migrate();
      await store.migrate();
      expect((await store.getItem(id))?.id).toBe(id);
      expect(await store.getSetting('k')).toEqual({ v: 1 });
    });
  });
}
