/**
 * What the core may do on Slack. A bot token cannot delete other people's messages, so deletion needs
 * a workspace admin's user token; without one (or when Slack refuses) the pipeline falls back to `flag`.
 */
import type { ActionResult, MessageRef, PlatformActions } from '../../src/platform.js';
import type { ReviewItem } from '../../src/types.js';
import { decidedCard, reviewCard } from './blocks.js';
import type { SlackContext } from './context.js';
import { attempt, slackErrorCode } from './errors.js';

/** Where a review card was posted, so a decision made anywhere can update it. */
interface CardLocation {
  channel: string;
  ts: string;
}
const cardKey = (itemId: string) => `slack-card:${itemId}`;

export function slackActions(ctx: Omit<SlackContext, 'actions'>): PlatformActions {
  const unsupported = async (): Promise<ActionResult> => ({ ok: false, error: 'not-supported-on-slack' });

  return {
    async deleteMessage(ref: MessageRef) {
      const admin = await ctx.clients.admin(ref.communityId);
      if (!admin) return { ok: false, error: 'no-admin-token' };
      return attempt(() => admin.chat.delete({ channel: ref.channelId, ts: ref.messageId }));
    },

    /** Reaction and optional thread warning on the message (unless it is gone or only reported), then the review card. */
    async flag(item: ReviewItem) {
      const bot = await ctx.clients.bot(item.communityId);
      const deleted = item.actions.some((a) => a.kind === 'delete' && a.ok && !a.dryRun);
      // A member's report is not a verdict yet: it gets a card, not a public warning.
      const marksMessage = !deleted && item.source !== 'member-report';
      const failures: string[] = [];
      if (marksMessage) {
        const reacted = await attempt(() => bot.reactions.add({ channel: item.channelId, timestamp: item.messageId, name: ctx.config.slack.reaction }));
        if (!reacted.ok && reacted.error !== 'already_reacted') failures.push(`reaction: ${reacted.error}`);
        const warning = ctx.config.slack.threadWarning;
        if (warning) {
          const warned = await attempt(() => bot.chat.postMessage({ channel: item.channelId, thread_ts: item.messageId, text: warning }));
          if (!warned.ok) failures.push(`thread warning: ${warned.error}`);
        }
      }
      const { modChannel } = await ctx.screener.community(item.communityId);
      if (!modChannel) {
        ctx.log.warn({ teamId: item.communityId, itemId: item.id }, 'no mod channel configured (MOD_CHANNEL or community modChannel): review card not posted');
        return failures.length || !marksMessage ? { ok: false, error: ['no-mod-channel', ...failures].join('; ') } : { ok: true };
      }
      try {
        const posted = await bot.chat.postMessage({ channel: modChannel, ...reviewCard(item, ctx.dashboardUrl) });
        if (posted.channel && posted.ts) await ctx.store.setSetting(cardKey(item.id), { channel: posted.channel, ts: posted.ts } satisfies CardLocation);
      } catch (error) {
        return { ok: false, error: [`review card: ${slackErrorCode(error)}`, ...failures].join('; ') };
      }
      if (failures.length) ctx.log.warn({ itemId: item.id, failures }, 'review card posted, but marking the message failed');
      return { ok: true };
    },

    // Slack has no timeout or ban a bot can apply; moderators do that in Slack's admin tools.
    timeout: unsupported,
    ban: unsupported,

    async restore(item: ReviewItem) {
      if (item.text === null) return { ok: false, error: 'text-purged' };
      const bot = await ctx.clients.bot(item.communityId);
      const text = `Restored a message from <@${item.authorId}> that was removed by mistake:\n>${item.text.replace(/\n/g, '\n>')}`;
      return attempt(() => bot.chat.postMessage({ channel: item.channelId, text }));
    },

    async notifyAuthor(item: ReviewItem) {
      const bot = await ctx.clients.bot(item.communityId);
      const text = 'A moderator reviewed your message that was removed as a suspected scam: it was a mistake and has been restored. Sorry about that.';
      return attempt(() => bot.chat.postEphemeral({ channel: item.channelId, user: item.authorId, text }));
    },

    async onDecided(item: ReviewItem) {
      const card = await ctx.store.getSetting<CardLocation>(cardKey(item.id));
      if (!card) return;
      const bot = await ctx.clients.bot(item.communityId);
      await bot.chat.update({ channel: card.channel, ts: card.ts, ...decidedCard(item, ctx.dashboardUrl) });
    },
  };
}
