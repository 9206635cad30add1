/** Message text is personal data: once a case is decided and older than the retention period, its text goes. */
import type { Logger } from '../log.js';
import type { ReviewStore } from './store.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** Nulls the text of items decided more than `retentionDays` before `now`; returns how many. */
export function purgeExpiredTexts(store: ReviewStore, retentionDays: number, now: Date = new Date()): Promise<number> {
  return store.purgeDecidedTexts(new Date(now.getTime() - retentionDays * DAY_MS));
}

/**
 * Purges once at start (a bot restarted more often than hourly would otherwise never purge) and then
 * every hour. The timer is unref'd so it never keeps the process alive. Returns a stop function.
 */
export function startRetentionTimer(store: ReviewStore, retentionDays: number, log: Logger): () => void {
  let stopped = false;
  const run = () => {
    purgeExpiredTexts(store, retentionDays)
      .then((purged) => {
        if (purged > 0) log.info({ purged, retentionDays }, 'retention: purged text of decided items');
      })
      // After stop() the store may already be closed: that failure is expected, not worth a log line.
      .catch((error: unknown) => {
        if (!stopped) log.error({ err: error }, 'retention: purge failed');
      });
  };
  const timer = setInterval(run, HOUR_MS);
  timer.unref();
  run();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
