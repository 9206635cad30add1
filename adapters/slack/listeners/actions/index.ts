import type { App } from '@slack/bolt';
import { reviewButtonPattern } from '../../../../src/review/button-id.js';
import type { SlackContext } from '../../context.js';
import { reviewDecision } from './review-decision.js';

export function register(app: App, ctx: SlackContext): void {
  // All three card buttons (confirm, clear, open): Slack sends a block action even for a URL button.
  app.action(reviewButtonPattern, reviewDecision(ctx));
}
