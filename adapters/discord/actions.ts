/**
 * The core's actions as Discord calls (PlatformActions). No decisions here: the pipeline chooses
 * what to do; this file only knows how, and reports failures as values.
 */
import type { ActionResult, MessageRef, PlatformActions } from '../../src/platform.js';
import type { ReviewItem } from '../../src/types.js';
import { renderCard } from './card.js';
import type { DiscordContext } from './context.js';
import { canDeleteIn } from './guild-health.js';

/** Where an item's review card was posted, so later decisions (here or on the dashboard) can edit it. */
export interface CardRef {
  channelId: string;
  messageId: string;
}
export const cardKey = (itemId: string): string => `discord-card:${itemId}`;

export function createActions(ctx: DiscordContext): PlatformActions {
  const { api, deps } = ctx;
  const guild = (id: string) => ctx.client.guilds.cache.get(id);
  const reason = 'scam-screener: fake-support scam';

  return {
    async deleteMessage(ref: MessageRef): Promise<ActionResult> {
      // Known to be forbidden: don't spend a 403 (Discord bans clients that collect too many).
      if (canDeleteIn(guild(ref.communityId), ref.channelId) === false) return { ok: false, error: 'missing permission: Manage Messages' };
      return api.deleteMessage(ref.channelId, ref.messageId, reason);
    },

    async flag(item: ReviewItem): Promise<ActionResult> {
      const g = guild(item.communityId);
      if (!g) return { ok: false, error: 'guild not available' };
      const report = await ctx.health.check(g);
      if (!report.canPostCards || !report.modChannelId) return { ok: false, error: report.problems.at(-1) ?? 'no mod channel' };
      const posted = await api.postMessage(report.modChannelId, renderCard(item, deps.dashboardUrl));
      if (!posted.ok) return posted;
      const card: CardRef = { channelId: report.modChannelId, messageId: posted.messageId };
      await deps.store.setSetting(cardKey(item.id), card);
      return { ok: true };
    },

    timeout: (ref, minutes) => api.timeoutMember(ref.communityId, ref.authorId, minutes, reason),

    ban: (ref) => api.banMember(ref.communityId, ref.authorId, reason),

    async restore(item: ReviewItem): Promise<ActionResult> {
      if (item.text === null) return { ok: false, error: 'text already purged by retention' };
      const content = `♻️ **Restored by moderators: was removed by mistake.** Originally posted by <@${item.authorId}>:\n${item.text.split('\n').map((l) => `> ${l}`).join('\n')}`;
      const posted = await api.postMessage(item.channelId, { content: content.slice(0, 2000) });
      return posted.ok ? { ok: true } : posted;
    },

    notifyAuthor: (item: ReviewItem) =>
      api.directMessage(item.authorId, {
        content: `Sorry: your message in ${guild(item.communityId)?.name ?? 'a server'} (<#${item.channelId}>) was removed by our scam filter by mistake. Moderators have restored it.`,
      }),

    async onDecided(item: ReviewItem): Promise<void> {
      const card = await deps.store.getSetting<CardRef>(cardKey(item.id));
      if (!card) return; // no card was posted (no mod channel): the dashboard is the record
      const edited = await api.editMessage(card.channelId, card.messageId, renderCard(item, deps.dashboardUrl));
      if (!edited.ok) ctx.log.warn({ itemId: item.id, error: edited.error }, 'could not update review card');
    },
  };
}
