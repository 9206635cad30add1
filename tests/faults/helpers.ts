/** Shared pieces for the fault tests: a recording fake platform, scam messages, a captured log, bounded waits. */
import { Writable } from 'node:stream';
import { configSchema, type Config } from '../../src/config.js';
import { createLogger, type Logger } from '../../src/log.js';
import type { ActionResult, MessageRef, PlatformActions } from '../../src/platform.js';
import type { ChatMessage, ReviewItem } from '../../src/types.js';
import { SCAM_TEXT } from '../fixtures/messages.js';

/** Records every call; `behaviour` decides the answer (default: success). */
export class RecordingPlatform implements PlatformActions {
  readonly deletes: MessageRef[] = [];
  readonly flags: ReviewItem[] = [];
  behaviour: {
    delete?: (ref: MessageRef) => Promise<ActionResult>;
    flag?: (item: ReviewItem) => Promise<ActionResult>;
  } = {};

  async deleteMessage(ref: MessageRef): Promise<ActionResult> {
    this.deletes.push(ref);
    return this.behaviour.delete ? this.behaviour.delete(ref) : { ok: true };
  }

  async flag(item: ReviewItem): Promise<ActionResult> {
    this.flags.push(item);
    return this.behaviour.flag ? this.behaviour.flag(item) : { ok: true };
  }

  async timeout(): Promise<ActionResult> {
    return { ok: true };
  }

  async ban(): Promise<ActionResult> {
    return { ok: true };
  }
}

let counter = 0;

/** An unmistakable scam from a day-old account, so the default policy deletes it and flags it. */
export function scamMessage(overrides: Partial<ChatMessage> = {}): ChatMessage {
  counter++;
  const now = Date.now();
  return {
    platform: 'discord', communityId: 'guild-faults', channelId: 'chan-general', messageId: `fault-msg-${counter}`,
    author: { id: `user-${counter}`, name: 'support_desk', displayName: 'Support Team', isBot: false, roles: [], accountCreatedAt: new Date(now - 86_400_000), joinedAt: new Date(now - 3_600_000) },
    text: SCAM_TEXT, edited: false, sentAt: new Date(now), isFirstMessage: true,
    ...overrides,
  };
}

export function testConfig(overrides: Record<string, unknown> = {}): Config {
  return configSchema.parse({ modChannel: 'mod-log', ...overrides });
}

/** A logger whose lines are kept for assertions. */
export function capturedLogger(level = 'info'): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  const log = createLogger(level, new Writable({ write(chunk: Buffer, _enc, done) { lines.push(String(chunk)); done(); } }));
  return { log, lines };
}

/** Polls until check() is truthy; fails with `what` after timeoutMs. Every wait in these tests is bounded. */
export async function waitUntil<T>(check: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Collects unhandled rejections for the duration of a test; `stop()` returns them. */
export function watchUnhandledRejections(): { stop(): unknown[] } {
  const seen: unknown[] = [];
  const listener = (reason: unknown) => seen.push(reason);
  process.on('unhandledRejection', listener);
  return {
    stop() {
      process.off('unhandledRejection', listener);
      return seen;
    },
  };
}
