import type { App } from '@slack/bolt';
import type { SlackContext } from '../../context.js';
import { screenerCommand } from './screener-command.js';

export function register(app: App, ctx: SlackContext): void {
  app.command('/screener', screenerCommand(ctx));
}
