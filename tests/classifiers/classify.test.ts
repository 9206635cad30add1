import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from '../../classifiers/classify.js';
import { defaultClassifierConfig } from '../../classifiers/types.js';
import { HARD_NEGATIVE_TEXT, SCAM_TEXT } from '../fixtures/messages.js';

describe('classify', () => {
  it('scores an unmistakable fake-support scam as scam and explains why', () => {
    const verdict = classify(SCAM_TEXT);
    expect(verdict.label).toBe('scam');
    expect(verdict.score).toBeGreaterThanOrEqual(0.85);
    const ids = verdict.signals.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['wallet-secret-request', 'urgency-threat', 'off-platform-contact', 'support-identity']));
    const secret = verdict.signals.find((s) => s.id === 'wallet-secret-request')!;
    expect(secret.evidence).toMatch(/12-word recovery phrase/);
    expect(secret.weight).toBeGreaterThan(0);
  });

  it('the shown weights add up to the score (before clamping to 0..1)', () => {
    const verdict = classify('Check your DMs, our agent will help you validate your wallet on the dapp');
    const sum = verdict.signals.reduce((s, x) => s + x.weight, 0);
    expect(verdict.score).toBeCloseTo(Math.min(1, Math.max(0, sum)), 2);
  });

  it.each([
    ['a victim asking for help', 'I think I shared my seed phrase on a site, what do I do?'],
    ["a moderator's warning", HARD_NEGATIVE_TEXT],
    ['a community warning', 'Never share your recovery phrase. The link above is a scam, do not connect your wallet.'],
    ['someone quoting a scam to report it', 'someone DMed me saying "your wallet is out of sync, validate it at dapp-rectify.net within 24 hours" — reported to mods'],
    ['a developer talking about keys', 'in hardhat you can load the private key from process.env.PRIVATE_KEY, never commit it; `new ethers.Wallet(key)`'],
    ['a real maintenance announcement by staff', 'Scheduled maintenance on Saturday 02:00 UTC. No action is required from you; details on https://status.metamask.io'],
    ['price talk', 'ETH just broke 4k, longs getting squeezed lol'],
    ['airdrop chatter', 'did anyone else get the ARB airdrop? mine landed this morning'],
  ])('does not flag %s', (_what, text) => {
    expect(classify(text).label).toBe('clean');
  });

  it('one warning sentence does not erase a strong lure, and the weights still add up', () => {
    const lure = 'Hello, support team here. Never share your seed phrase with anyone in public! To fix the sync error, DM me ' +
      'and enter your 12 words on our validation page within 24 hours or your funds will be lost.';
    const warned = classify(lure, { isFirstMessage: true, accountAgeDays: 1 });
    expect(warned.signals.map((s) => s.id)).toContain('warning-frame');
    expect(warned.label).not.toBe('clean');
    const sum = warned.signals.reduce((s, x) => s + x.weight, 0);
    expect(warned.score).toBeCloseTo(sum, 2);
  });

  it('a warning does not cover a sentence that sends the reader to a lure host without judging it', () => {
    const lure = classify('PSA: never share your seed phrase. To fix stuck tx, validate your wallet at walletsync-fix.live');
    expect(lure.signals.map((s) => s.id)).not.toContain('warning-frame');
    expect(lure.label).toBe('scam');
    const warning = classify('fake site going around: wallet-sync-support.live, do not connect your wallet there');
    expect(warning.signals.map((s) => s.id)).toContain('warning-frame');
    expect(warning.label).toBe('clean');
  });

  it('a warning that passes a lookalike off as the real site is flagged, one that names the real site is not', () => {
    const impostor = classify('careful, the ledger live in the app store is fake. real one is ledgerlive.pro');
    expect(impostor.signals.map((s) => s.id)).toEqual(expect.arrayContaining(['impostor-called-real', 'lure-called-real']));
    expect(impostor.signals.map((s) => s.id)).not.toContain('warning-frame');
    expect(impostor.label).not.toBe('clean');
    expect(classify('careful, ledgerlive.pro is fake. the real one is ledger.com').label).toBe('clean');
  });

  it('a staff author announcing maintenance is not flagged', () => {
    const text = 'Heads up: wallet maintenance tonight, all users must update the extension from the official store.';
    expect(classify(text, { authorIsStaff: true }).label).toBe('clean');
  });

  it('recommending well-known tools is advice, not a lure, while a lure-word host is not', () => {
    for (const text of ['Use revoke.cash to check your approvals, it is free and open source', 'vote from the official page at snapshot.org/#/uniswapgovernance']) {
      expect(classify(text).signals.map((s) => s.id), text).not.toContain('lure-domain');
    }
    expect(classify('revoke your approvals at https://revoke-cash-support.top now').signals.map((s) => s.id)).toContain('lure-domain');
  });

  it('context raises the score of a fake-support reply to a help request', () => {
    const text = 'This has been escalated, please contact the support team via live chat.';
    const plain = classify(text);
    const inReply = classify(text, { replyToText: 'my withdrawal is stuck, can anyone help?', accountAgeDays: 0, isFirstMessage: true });
    expect(inReply.score).toBeGreaterThan(plain.score);
    expect(inReply.signals.map((s) => s.id)).toContain('reply-to-help-request');
  });

  it('thresholds are per community', () => {
    const text = 'Check your DMs, our agent will help you';
    const { score } = classify(text);
    expect(score).toBeGreaterThan(0.1);
    expect(score).toBeLessThan(0.9);
    const strict = classify(text, {}, { ...defaultClassifierConfig, flagThreshold: score / 2, deleteThreshold: score });
    const lax = classify(text, {}, { ...defaultClassifierConfig, flagThreshold: score + 0.05, deleteThreshold: score + 0.1 });
    expect(strict.label).toBe('scam');
    expect(lax.label).toBe('clean');
  });

  it('never throws and always returns a score in 0..1 (any string, lone surrogates, control characters, 100k chars)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 2000 }), fc.string({ unit: 'grapheme', maxLength: 500 }), fc.string({ maxLength: 100_000, unit: fc.constantFrom('a', ' ', '.', '[', '(', '%', '\u200b', '\ud800', 's', '1') })), (text) => {
        const verdict = classify(text);
        expect(verdict.score).toBeGreaterThanOrEqual(0);
        expect(verdict.score).toBeLessThanOrEqual(1);
        expect(['scam', 'suspicious', 'clean']).toContain(verdict.label);
      }),
      { numRuns: 300 },
    );
  });
});
