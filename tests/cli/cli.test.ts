import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { HARD_NEGATIVE_TEXT, SCAM_TEXT } from '../fixtures/messages.js';

const run = promisify(execFile);
const cli = join(import.meta.dirname, '../../bin/scam-screener.js');

async function scamScreener(args: string[], input?: string): Promise<{ stdout: string; stderr: string; code: number }> {
  const child = run('node', [cli, ...args], { env: { ...process.env, SCAM_SCREENER_CONFIG: '', LOG_LEVEL: 'silent' } });
  if (input !== undefined) {
    child.child.stdin?.end(input);
  }
  try {
    const { stdout, stderr } = await child;
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

describe('scam-screener CLI', () => {
  it('scan --json prints the verdict with each signal, weight and evidence', async () => {
    const { stdout, code } = await scamScreener(['scan', '--json', SCAM_TEXT]);
    expect(code).toBe(0);
    const verdict = JSON.parse(stdout) as { score: number; label: string; signals: Array<{ id: string; weight: number; evidence: string }> };
    expect(verdict.label).toBe('scam');
    expect(verdict.score).toBeGreaterThanOrEqual(0.85);
    expect(verdict.signals).toContainEqual(expect.objectContaining({ id: 'wallet-secret-request', evidence: expect.stringContaining('recovery phrase') }));
  });

  it('scan reads stdin with - and prints a readable explanation', async () => {
    const { stdout, code } = await scamScreener(['scan', '-'], HARD_NEGATIVE_TEXT);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^CLEAN {2}score 0\.\d\d/);
  });

  it('eval prints a confusion table and, with --json, the summary as its last line; malformed lines are skipped with their number', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'screener-eval-'));
    const file = join(dir, 'mini.jsonl');
    writeFileSync(file, [
      JSON.stringify({ text: SCAM_TEXT, label: 'scam' }),
      JSON.stringify({ text: HARD_NEGATIVE_TEXT, label: 'legit' }),
      '{ this is not json',
      JSON.stringify({ text: 'gm gm, wagmi', label: 'ham' }),
      JSON.stringify({ text: 'no label here' }),
      JSON.stringify({ text: 'Claim your free airdrop now: connect your wallet at uniswap-claim.app within 2 hours or lose it', label: 'spam' }),
    ].join('\n'));
    const { stdout, stderr, code } = await scamScreener(['eval', file, '--json']);
    expect(code).toBe(0);
    expect(stderr).toMatch(/mini\.jsonl:3: skipped: not valid JSON/);
    expect(stderr).toMatch(/mini\.jsonl:5: skipped: label/);
    expect(stdout).toMatch(/actually scam/);
    const last = stdout.trim().split('\n').at(-1)!;
    expect(JSON.parse(last)).toEqual({ n: 4, tp: 2, fp: 0, tn: 2, fn: 0, precision: 1, recall: 1, f1: 1 });
  });

  it('an invalid configuration stops with one line naming the field', async () => {
    const child = run('node', [cli, 'scan', 'hi'], { env: { ...process.env, DASHBOARD_PORT: 'not-a-port' } });
    await expect(child).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/^Invalid configuration: DASHBOARD_PORT \(dashboard\.port\): expected number\n$/) });
  });

  it('discord invite-url prints the OAuth2 URL with the bot and applications.commands scopes', async () => {
    const { stdout, code } = await run('node', [cli, 'discord', 'invite-url'], { env: { ...process.env, DISCORD_APPLICATION_ID: '123456789012345678' } }).then((r) => ({ ...r, code: 0 }));
    expect(code).toBe(0);
    const url = new URL(stdout.trim());
    expect(url.searchParams.get('client_id')).toBe('123456789012345678');
    expect(url.searchParams.get('scope')?.split(/[ +]/).sort()).toEqual(['applications.commands', 'bot']);
    expect(Number(url.searchParams.get('permissions'))).toBeGreaterThan(0);
  });

  it('unknown commands print usage and exit 2', async () => {
    const { stderr, code } = await scamScreener(['frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Unknown command "frobnicate"/);
  });
});
