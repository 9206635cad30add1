/** Every message and edit goes through the shared pipeline; the pipeline decides, this only translates. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackContext } from '../../context.js';
import { slackLookups } from '../../lookups.js';
import { readMessageEvent, toChatMessage } from '../../translate.js';

export function screenMessage(ctx: SlackContext) {
  // Events API requests are acknowledged by Bolt before listeners run.
  return async ({ event, body, context, client }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs): Promise<void> => {
    const teamId = context.teamId ?? body.team_id;
    try {
      const read = readMessageEvent(event);
      if (!read || !teamId) return;
      const msg = await toChatMessage(read.message, { teamId, channelId: read.channelId, edited: read.edited }, slackLookups(ctx, client, teamId));
      await ctx.screener.screen(msg, context.botUserId);
    } catch (error) {
      ctx.log.error({ err: error, teamId, eventId: body.event_id }, 'could not screen Slack message');
    }
  };
}
