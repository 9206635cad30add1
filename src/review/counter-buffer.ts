/**
 * Daily counters (messages screened, actions by kind and outcome) are bumped on the hot path;
 * writing each to the store would cost a transaction per message, so they are summed in memory and flushed.
 */
import type { Logger } from '../log.js';
import type { ReviewStore } from './store.js';

export class CounterBuffer {
  private pending = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly store: ReviewStore, private readonly log: Logger, flushEveryMs = 5000) {
    this.timer = setInterval(() => void this.flush(), flushEveryMs);
    this.timer.unref();
  }

  increment(name: string, by = 1): void {
    this.pending.set(name, (this.pending.get(name) ?? 0) + by);
  }

  async flush(): Promise<void> {
    if (this.pending.size === 0) return;
    const batch = this.pending;
    this.pending = new Map();
    for (const [name, value] of batch) {
      try {
        await this.store.incrementCounter(name, value);
      } catch (error) {
        // Keep the count for the next flush rather than lose it.
        this.increment(name, value);
        this.log.warn({ err: error, counter: name }, 'could not flush counter; will retry');
      }
    }
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}
