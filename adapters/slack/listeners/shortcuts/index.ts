import type { App } from '@slack/bolt';
import type { SlackContext } from '../../context.js';
import { reportAsScam } from './report-as-scam.js';

export function register(app: App, ctx: SlackContext): void {
  app.shortcut({ type: 'message_action', callback_id: 'report_as_scam' }, reportAsScam(ctx));
}
