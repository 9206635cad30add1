import { describe, expect, it } from 'vitest';
import { configSchema, resolveCommunity, type CommunityConfig } from '../../src/config.js';
import { decideActions, escalationFor } from '../../src/policy.js';
import type { Author, Verdict } from '../../src/types.js';

const author: Author = { id: 'u1', name: 'someone', isBot: false, roles: [] };
const verdict = (label: Verdict['label'], score = label === 'scam' ? 0.9 : label === 'suspicious' ? 0.6 : 0.1): Verdict => ({ score, label, signals: [] });
const community = (override: Record<string, unknown> = {}): CommunityConfig =>
  resolveCommunity(configSchema.parse({ communities: { g: override } }), 'g');

describe('policy', () => {
  it('enforce: deletes scams (and files a card), flags suspicious, leaves clean alone', () => {
    const c = community();
    expect(decideActions({ verdict: verdict('scam'), community: c, author, channelId: 'c' }).actions).toEqual([{ kind: 'delete', dryRun: false }, { kind: 'flag', dryRun: false }]);
    expect(decideActions({ verdict: verdict('suspicious'), community: c, author, channelId: 'c' }).actions).toEqual([{ kind: 'flag', dryRun: false }]);
    expect(decideActions({ verdict: verdict('clean'), community: c, author, channelId: 'c' }).actions).toEqual([]);
  });

  it('flag-only flags both labels; dry-run records what it would do without doing it', () => {
    expect(decideActions({ verdict: verdict('scam'), community: community({ mode: 'flag-only' }), author, channelId: 'c' }).actions).toEqual([{ kind: 'flag', dryRun: false }]);
    expect(decideActions({ verdict: verdict('scam'), community: community({ mode: 'dry-run' }), author, channelId: 'c' }).actions).toEqual([{ kind: 'delete', dryRun: true }, { kind: 'flag', dryRun: true }]);
    expect(decideActions({ verdict: verdict('suspicious'), community: community({ mode: 'dry-run' }), author, channelId: 'c' }).actions).toEqual([{ kind: 'flag', dryRun: true }]);
  });

  const exemptCases: Array<[string, { author?: Author; selfId?: string }, Record<string, unknown>]> = [
    ['self', { author: { ...author, id: 'bot' }, selfId: 'bot' }, {}],
    ['bot', { author: { ...author, isBot: true } }, {}],
    ['exempt-user', {}, { exemptUsers: ['u1'] }],
    ['exempt-role', { author: { ...author, roles: ['mods'] } }, { exemptRoles: ['mods'] }],
    ['exempt-channel', {}, { exemptChannels: ['c'] }],
  ];
  it.each(exemptCases)('never acts when exempt: %s', (why, input, override) => {
    const decision = decideActions({ verdict: verdict('scam'), community: community(override), author, channelId: 'c', ...input });
    expect(decision).toEqual({ actions: [], exemptBecause: why });
  });

  it('escalation is off by default and fires after N confirmed scams when configured', () => {
    expect(escalationFor(community(), 10)).toBeUndefined();
    const config = configSchema.parse({ escalation: { afterConfirmed: 2, action: 'timeout', timeoutMinutes: 30 } });
    const c = resolveCommunity(config, 'g');
    expect(escalationFor(c, 1)).toBeUndefined();
    expect(escalationFor(c, 2)).toEqual({ kind: 'timeout', dryRun: false, minutes: 30 });
    const ban = resolveCommunity(configSchema.parse({ escalation: { afterConfirmed: 1, action: 'ban' }, mode: 'dry-run' }), 'g');
    expect(escalationFor(ban, 1)).toEqual({ kind: 'ban', dryRun: true });
  });
});
