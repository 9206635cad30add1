/** Event handlers never take the process down: every throw or rejection is logged and dropped. */
import type { Logger } from '../../src/log.js';

export function guarded<A extends unknown[]>(log: Logger, event: string, handler: (...args: A) => unknown): (...args: A) => void {
  return (...args: A) => {
    try {
      const result = handler(...args);
      if (result instanceof Promise) result.catch((error: unknown) => log.error({ err: error, event }, 'discord handler failed'));
    } catch (error) {
      log.error({ err: error, event }, 'discord handler failed');
    }
  };
}
