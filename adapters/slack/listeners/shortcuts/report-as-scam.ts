/** The "Report as scam" message shortcut: any member can put a message in front of the moderators. */
import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import type { SlackContext } from '../../context.js';
import { slackLookups } from '../../lookups.js';
import { readRawMessage, toChatMessage } from '../../translate.js';

export function reportAsScam(ctx: SlackContext) {
  return async ({ ack, shortcut, client, context, respond }: SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const teamId = context.teamId ?? shortcut.team?.id;
    const reply = (text: string) => respond({ response_type: 'ephemeral', text });
    try {
      const raw = readRawMessage(shortcut.message);
      if (!raw || !teamId) {
        await reply("Only people's messages can be reported.");
        return;
      }
      const msg = await toChatMessage(raw, { teamId, channelId: shortcut.channel.id, edited: false }, slackLookups(ctx, client, teamId));
      await ctx.screener.report(msg, { id: shortcut.user.id, name: shortcut.user.name ?? shortcut.user.username ?? shortcut.user.id });
      await reply('Thanks for the report: the moderators will review that message.');
    } catch (error) {
      ctx.log.error({ err: error, teamId, reporter: shortcut.user.id }, 'could not record a scam report');
      await reply('Sorry, the report could not be recorded. Please tell a moderator directly.').catch(() => undefined);
    }
  };
}
