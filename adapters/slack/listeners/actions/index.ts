import type { App } from '@slack/bolt';
import { reviewActionPattern } from '../../custom-id.js';
import type { SlackContext } from '../../context.js';
import { reviewDecision } from './review-decision.js';

export function register(app: App, ctx: SlackContext): void {
  // All three card buttons (confirm, clear, open): Slack sends a block action even for a URL button.
  app.action(reviewActionPattern, reviewDecision(ctx));
}
