/** Connects every listener kind to the Bolt app. */
import type { App } from '@slack/bolt';
import type { SlackContext } from '../context.js';
import * as actions from './actions/index.js';
import * as commands from './commands/index.js';
import * as events from './events/index.js';
import * as shortcuts from './shortcuts/index.js';

export function registerListeners(app: App, ctx: SlackContext): void {
  events.register(app, ctx);
  actions.register(app, ctx);
  commands.register(app, ctx);
  shortcuts.register(app, ctx);
}
