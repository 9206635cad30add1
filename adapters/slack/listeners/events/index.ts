import type { App } from '@slack/bolt';
import type { SlackContext } from '../../context.js';
import { screenMessage } from './screen-message.js';

export function register(app: App, ctx: SlackContext): void {
  // New messages and `message_changed` edits in public and private channels the bot is in.
  app.event('message', screenMessage(ctx));
}
