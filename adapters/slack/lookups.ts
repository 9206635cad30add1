/**
 * The MessageLookups a listener uses: the directory, first-seen tracking and thread parents, via the team's client.
 * A failed lookup (missing scope, rate limit) degrades to "unknown": the message is still screened on its text.
 */
import type { Logger } from '../../src/log.js';
import type { Author } from '../../src/types.js';
import type { WebClient } from './clients.js';
import type { SlackContext } from './context.js';
import { slackErrorCode } from './errors.js';
import { Lru } from './lru.js';
import type { MessageLookups } from './translate.js';

const parents = new Lru<string, string>(2_000, 10 * 60_000);

export function slackLookups(ctx: SlackContext, client: WebClient, teamId: string): MessageLookups {
  const soft = orFallback(ctx.log, teamId);
  return {
    author: (userId, profile) => soft('author', async (): Promise<Author> => {
      const groupMembers = await soft('moderator group', () => ctx.directory.moderatorGroupMembers(client, teamId), new Set<string>());
      const group = ctx.config.slack.moderatorGroup;
      // Slack exposes neither account creation nor join dates, so accountCreatedAt/joinedAt stay unknown.
      const base = { id: userId, roles: group && groupMembers.has(userId) ? [group] : [] };
      if (profile?.name || profile?.displayName || profile?.realName) {
        return { ...base, name: profile.name ?? profile.realName ?? userId, displayName: profile.displayName ?? profile.realName, isBot: false };
      }
      const user = await ctx.directory.user(client, teamId, userId);
      return { ...base, name: user.name, displayName: user.displayName, isBot: user.isBot };
    }, { id: userId, name: userId, isBot: false, roles: [] }),

    threadParentText: (channelId, threadTs) => soft('thread parent', async () => {
      const key = `${teamId}:${channelId}:${threadTs}`;
      const cached = parents.get(key);
      if (cached !== undefined) return cached;
      const { messages = [] } = await client.conversations.replies({ channel: channelId, ts: threadTs, limit: 1 });
      const text = messages[0]?.text;
      if (text !== undefined) parents.set(key, text);
      return text;
    }, undefined),

    isFirstMessage: (userId) => soft('first message', () => ctx.firstSeen.isFirstMessage(teamId, userId), undefined),
    teamUrl: () => soft('team url', () => ctx.directory.teamUrl(client, teamId), undefined),
  };
}

function orFallback(log: Logger, teamId: string) {
  return async <T>(what: string, lookup: () => Promise<T>, fallback: T): Promise<T> => {
    try {
      return await lookup();
    } catch (error) {
      log.warn({ teamId, lookup: what, error: slackErrorCode(error) }, 'slack lookup failed; screening without it');
      return fallback;
    }
  };
}
