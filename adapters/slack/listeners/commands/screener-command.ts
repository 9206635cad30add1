/**
 * `/screener status` · `/screener scan <text>` (explain a verdict) · `/screener scan` (screen this channel's
 * recent messages). Moderators only: the explanation would teach a scammer how to get past the filter.
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { WebClient } from '../../clients.js';
import type { SlackContext } from '../../context.js';
import { slackLookups } from '../../lookups.js';
import { readRawMessage, toChatMessage } from '../../translate.js';
import { plainText } from '../../slack-text.js';

const usage = 'Usage: `/screener status` · `/screener scan <text>` to explain a verdict · `/screener scan` to screen the last 50 messages here';

export function screenerCommand(ctx: SlackContext) {
  return async ({ ack, command, client, context, respond }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const teamId = context.teamId ?? command.team_id;
    const reply = (text: string) => respond({ response_type: 'ephemeral', text });
    try {
      if (!(await ctx.directory.isModerator(client, teamId, command.user_id))) {
        await reply('Only moderators can use `/screener`.');
        return;
      }
      const [sub = '', ...rest] = command.text.trim().split(/\s+/);
      const argument = command.text.trim().slice(sub.length).trim();
      if (sub === 'status') await reply(await status(ctx, teamId));
      else if (sub === 'scan' && argument) await reply(await explain(ctx, teamId, argument));
      else if (sub === 'scan' && rest.length === 0) await reply(await scanChannel(ctx, client, teamId, command.channel_id));
      else await reply(usage);
    } catch (error) {
      ctx.log.error({ err: error, teamId, text: command.text.split(' ')[0] }, '/screener failed');
      await reply('Sorry, that did not work; the error is in the bot logs.').catch(() => undefined);
    }
  };
}

async function status(ctx: SlackContext, teamId: string): Promise<string> {
  const community = await ctx.screener.community(teamId);
  const pending = await ctx.store.countItems({ platform: 'slack', communityId: teamId, status: 'pending' });
  const canDelete = Boolean(await ctx.clients.admin(teamId));
  return [
    `*Mode:* ${community.mode} · flag ≥ ${community.flagThreshold} · delete ≥ ${community.deleteThreshold}`,
    `*Mod channel:* ${community.modChannel ? `<#${community.modChannel}>` : '_not set: review cards cannot be posted_'}`,
    `*Deletion:* ${canDelete ? 'admin user token available' : 'no admin user token: scams are flagged, not deleted'}`,
    `*Pending reviews:* ${pending} · <${ctx.dashboardUrl}|dashboard>`,
  ].join('\n');
}

async function explain(ctx: SlackContext, teamId: string, text: string): Promise<string> {
  const community = await ctx.screener.community(teamId);
  const { verdict } = ctx.screener.verdictFor({
    platform: 'slack', communityId: teamId, channelId: '', messageId: '', text: plainText(text), edited: false, sentAt: new Date(),
    author: { id: '', name: '', isBot: false, roles: [] },
  }, community);
  const signals = verdict.signals.map((s) => `• \`${s.id}\` (${s.weight.toFixed(2)}): ${s.evidence}`).join('\n') || '_no signals fired_';
  return `*${verdict.label}* · score ${verdict.score.toFixed(2)}\n${signals}`;
}

async function scanChannel(ctx: SlackContext, client: WebClient, teamId: string, channelId: string): Promise<string> {
  const { messages = [] } = await client.conversations.history({ channel: channelId, limit: 50 });
  const lookups = slackLookups(ctx, client, teamId);
  let screened = 0;
  let acted = 0;
  for (const raw of messages.map(readRawMessage)) {
    if (!raw) continue;
    const msg = await toChatMessage(raw, { teamId, channelId, edited: false }, lookups);
    const result = await ctx.screener.screen(msg);
    screened += 1;
    if (result.item) acted += 1;
  }
  return `Screened ${screened} recent messages here: ${acted} sent to review.`;
}
