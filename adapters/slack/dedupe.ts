/**
 * Slack redelivers an event (with X-Slack-Retry-Num) when it did not see our 200 within 3 s, and Bolt
 * hands every delivery to the listeners. This middleware lets each event_id through once.
 *
 * An in-memory LRU is enough for one instance: Slack retries at most 3 times within about 5 minutes,
 * so the ids of the last few thousand events cover the whole retry window. Several instances behind a
 * load balancer do not share it (see README): a retry landing on another instance is screened again.
 */
import type { Middleware, AnyMiddlewareArgs } from '@slack/bolt';
import { Lru } from './lru.js';

export function dropRedeliveries(capacity = 5_000): Middleware<AnyMiddlewareArgs> {
  const seen = new Lru<string, true>(capacity);
  return async ({ body, next, logger }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string') {
      if (seen.has(eventId)) {
        logger.debug(`skipping redelivered event ${eventId}`);
        return;
      }
      // Marked on arrival, not on completion: a retry can arrive while the first delivery is still working.
      seen.set(eventId, true);
    }
    await next();
  };
}
