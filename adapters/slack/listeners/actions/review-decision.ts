/** A moderator pressed Confirm scam / Not scam on a review card. Anyone else gets an ephemeral refusal. */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { SlackContext } from '../../context.js';
import { parseReviewButtonId, statusOfVerb } from '../../../../src/review/button-id.js';

export function reviewDecision(ctx: SlackContext) {
  return async ({ ack, action, body, client, context }: SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const userId = body.user.id;
    const teamId = context.teamId ?? body.team?.id;
    const channel = body.channel?.id;
    const tell = async (text: string) => {
      if (channel) await client.chat.postEphemeral({ channel, user: userId, text });
    };
    try {
      const parsed = parseReviewButtonId(action.action_id);
      if (!parsed || parsed.verb === 'open' || !teamId) return; // "Open in dashboard" is a link; nothing to do.
      if (!(await ctx.directory.isModerator(client, teamId, userId))) {
        await tell('Only moderators can decide on review items. Ask one of them to take a look.');
        return;
      }
      const item = await ctx.store.getItem(parsed.itemId);
      if (!item || item.platform !== 'slack' || item.communityId !== teamId) {
        await tell('That review item no longer exists.');
        return;
      }
      const result = await ctx.screener.decide(item.id, {
        status: statusOfVerb[parsed.verb],
        moderatorId: userId,
        moderatorName: body.user.name ?? body.user.username,
      });
      if (result && !result.applied) {
        // Someone decided first (here or on the dashboard): show their decision on this card too.
        await ctx.actions.onDecided?.(result.item);
        await tell(`Already decided by ${result.item.decidedByName ?? result.item.decidedBy ?? 'another moderator'}.`);
      }
    } catch (error) {
      ctx.log.error({ err: error, teamId, userId, actionId: action.action_id }, 'could not apply review decision');
      await tell('Something went wrong recording that decision; please try again or use the dashboard.').catch(() => undefined);
    }
  };
}
