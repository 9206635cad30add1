import { describe, expect, it } from 'vitest';
import { classify } from '../../classifiers/classify.js';
import { reportsIt, textOutsideQuotes } from '../../classifiers/quotes.js';

describe('textOutsideQuotes', () => {
  it('blanks long quoted passages in every quote style and keeps the words around them', () => {
    for (const text of [
      `another one: 'Lost funds? Federal Crypto Recovery Division can trace your assets'. vultures`,
      'another one: "Lost funds? Federal Crypto Recovery Division can trace your assets". vultures',
      'another one: “Lost funds? Federal Crypto Recovery Division can trace your assets”. vultures',
      'another one:\n> Lost funds? Federal Crypto Recovery Division can trace your assets\nvultures',
      // Slack's Events API delivers a quote line's ">" escaped.
      'another one:\n&gt; Lost funds? Federal Crypto Recovery Division can trace your assets\nvultures',
    ]) {
      const outside = textOutsideQuotes(text);
      expect(outside, text).toBeDefined();
      expect(outside).toContain('another one');
      expect(outside).toContain('vultures');
      expect(outside).not.toContain('Recovery');
    }
  });

  it('an apostrophe inside a single-quoted passage does not end it', () => {
    const outside = textOutsideQuotes(`seen these today: 'Hi, I'm the community manager, check your inbox'. reported`);
    expect(outside).not.toContain('manager');
    expect(outside).toContain('reported');
  });

  it('short quotes, attribute values, apostrophes and quote-only messages are not passages', () => {
    expect(textOutsideQuotes(`click 'Validate' at the site and don't wait`)).toBeUndefined();
    expect(textOutsideQuotes('All details: <a href="https://exodus-rewards-claim.top">here</a>')).toBeUndefined();
    expect(textOutsideQuotes(`I don't think it's a scam, it's the team's real site`)).toBeUndefined();
    expect(textOutsideQuotes('"Kindly validate your wallet at the dapp to avoid suspension"')).toBeUndefined();
  });

  it('is linear on hostile input', () => {
    expect(textOutsideQuotes(`'a${" '".repeat(20_000)}`)).toBeUndefined();
  });
});

describe('reportsIt', () => {
  it('hears a report or a judgement, not a repost', () => {
    expect(reportsIt('these guys are vultures')).toBe(true);
    expect(reportsIt('ban please')).toBe(true);
    expect(reportsIt('may nag message sakin hahaha nice try')).toBe(true);
    expect(reportsIt('reposting the official notice since the bot is down')).toBe(false);
  });

  it('does not take vouching for the quote as a report, unless the same words judge it', () => {
    expect(reportsIt('- mods confirmed this')).toBe(false);
    expect(reportsIt('announcement from the mods:')).toBe(false);
    expect(reportsIt('mods said this is a scam:')).toBe(true);
    expect(reportsIt('mods pls ban')).toBe(true);
    expect(reportsIt('got this in my dms, legit, it worked for me')).toBe(false);
    expect(reportsIt('got this in my dms, is it legit?')).toBe(true);
  });
});

describe('quoted-lure frame', () => {
  it('a reported scam quoted inside a comment is not flagged; the same words sent as they are still are', () => {
    const lure = 'Lost funds? Federal Crypto Recovery Division can trace your assets, fee refundable';
    const report = classify(`another one: '${lure}'. these guys are vultures`, { accountAgeDays: 900, memberAgeDays: 400 });
    expect(report.signals.map((s) => s.id)).toContain('quoted-lure');
    expect(report.label).toBe('clean');
    expect(classify(lure).label).not.toBe('clean');
  });

  it('a cue outside the quote keeps the message flagged', () => {
    const verdict = classify(`lol got the 'your wallet is flagged, kindly rectify via our dapp' thing again. dm me and I will fix it for you`);
    expect(verdict.signals.map((s) => s.id)).not.toContain('quoted-lure');
  });

  it('a scammer quoting their own lure and crediting the mods is not discounted', () => {
    const lure = 'validate your wallet at walletsync-fix.live before midnight or lose your funds';
    for (const message of [`"${lure}" - mods confirmed this`, `Announcement from the mods: "${lure}"`, `mods asked me to share: "${lure}"`]) {
      const verdict = classify(message);
      expect(verdict.signals.map((s) => s.id)).not.toContain('quoted-lure');
      expect(verdict.label).toBe('scam');
    }
  });

  it('a lure passed off as received but vouched for is not a report', () => {
    for (const message of ['someone sent me this and it actually fixed my stuck tx: validate your wallet at walletsync-fix.live', 'screenshot from my DMs: support said to validate your wallet at walletsync-fix.live and it worked']) {
      const verdict = classify(message);
      expect(verdict.signals.map((s) => s.id), message).not.toContain('quote-frame');
      expect(verdict.label, message).toBe('scam');
    }
    const question = classify('I had the same problem, have you tried connecting your wallet at wallet-sync-fix.live? worked for me');
    expect(question.signals.map((s) => s.id)).not.toContain('question-frame');
    expect(question.label).toBe('scam');
    const report = classify('someone DMed me saying "validate your wallet at walletsync-fix.live" and my friend tried it, he got drained');
    expect(report.label).toBe('clean');
  });

  it('a lure passed on as "the official notice" is not discounted', () => {
    const verdict = classify(`Reposting the official notice since the bot is down: 'Security update, all users must update to Tessera Wallet 4.2. Download: tessera-wallet.download'`);
    expect(verdict.signals.map((s) => s.id)).not.toContain('quoted-lure');
  });
});
