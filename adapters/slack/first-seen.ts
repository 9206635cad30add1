/**
 * "First message" for Slack, which has no message counts: a user is first seen when the store has never
 * recorded them posting in that workspace (`slack-seen:<team>:<user>`).
 */
import type { ReviewStore } from '../../src/review/store.js';
import { Lru } from './lru.js';

const DAY_MS = 86_400_000;

export class FirstSeen {
  private readonly known = new Lru<string, true>(20_000);
  private readonly since = new Map<string, number>();

  constructor(private readonly store: ReviewStore, private readonly settleDays: number) {}

  /** True for a user's first message; undefined (unknown) while the bot has watched the workspace too briefly to tell. */
  async isFirstMessage(teamId: string, userId: string): Promise<boolean | undefined> {
    const key = `slack-seen:${teamId}:${userId}`;
    if (this.known.has(key)) return false;
    const watchingSince = await this.watchingSince(teamId);
    const seen = await this.store.getSetting<boolean>(key);
    this.known.set(key, true);
    if (seen) return false;
    await this.store.setSetting(key, true);
    // Right after install everyone is "new" to the bot; that says nothing about them, so it is not reported.
    return Date.now() - watchingSince >= this.settleDays * DAY_MS ? true : undefined;
  }

  private async watchingSince(teamId: string): Promise<number> {
    const cached = this.since.get(teamId);
    if (cached !== undefined) return cached;
    const key = `slack-watching-since:${teamId}`;
    let at = await this.store.getSetting<number>(key);
    if (at === undefined) await this.store.setSetting(key, (at = Date.now()));
    this.since.set(teamId, at);
    return at;
  }
}
