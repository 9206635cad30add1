/**
 * The Discord calls the adapter makes, behind one narrow interface. Built on discord.js's REST
 * client, which already honours 429s (per-route buckets and retry-after) and retries 5xx and network
 * errors a bounded number of times (`retries` in client.ts); we never retry on top of it.
 * Expected failures come back as values: `{ ok: false, error: '403 Missing Permissions (50013)' }`.
 */
import { DiscordAPIError, HTTPError, type REST } from 'discord.js';
import { Routes, type APIEmbed, type APIActionRowComponent, type APIComponentInMessageActionRow, type RESTPostAPIChannelMessageJSONBody } from 'discord.js';
import type { ActionResult } from '../../src/platform.js';

export interface OutgoingMessage {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
}

export type Posted = { ok: true; messageId: string } | { ok: false; error: string };

export interface DiscordApi {
  deleteMessage(channelId: string, messageId: string, reason?: string): Promise<ActionResult>;
  postMessage(channelId: string, message: OutgoingMessage): Promise<Posted>;
  editMessage(channelId: string, messageId: string, message: OutgoingMessage): Promise<ActionResult>;
  timeoutMember(guildId: string, userId: string, minutes: number, reason?: string): Promise<ActionResult>;
  banMember(guildId: string, userId: string, reason?: string): Promise<ActionResult>;
  /** Opens (or reuses) the DM channel and sends to it. Fails when the user has DMs closed. */
  directMessage(userId: string, message: OutgoingMessage): Promise<ActionResult>;
}

/** Nobody is pinged by anything the bot posts: cards and restored messages quote people, not summon them. */
const noMentions = { allowed_mentions: { parse: [] } };

export function restApi(rest: REST): DiscordApi {
  const post = async (channelId: string, message: OutgoingMessage): Promise<Posted> => {
    const body: RESTPostAPIChannelMessageJSONBody = { ...message, ...noMentions };
    const result = await attempt(() => rest.post(Routes.channelMessages(channelId), { body }));
    return result.ok ? { ok: true, messageId: (result.value as { id: string }).id } : result;
  };
  return {
    deleteMessage: async (channelId, messageId, reason) => done(await attempt(() => rest.delete(Routes.channelMessage(channelId, messageId), { reason }))),
    postMessage: post,
    editMessage: async (channelId, messageId, message) =>
      done(await attempt(() => rest.patch(Routes.channelMessage(channelId, messageId), { body: { ...message, ...noMentions } }))),
    timeoutMember: async (guildId, userId, minutes, reason) => {
      const until = new Date(Date.now() + minutes * 60_000).toISOString();
      return done(await attempt(() => rest.patch(Routes.guildMember(guildId, userId), { body: { communication_disabled_until: until }, reason })));
    },
    banMember: async (guildId, userId, reason) => done(await attempt(() => rest.put(Routes.guildBan(guildId, userId), { body: {}, reason }))),
    directMessage: async (userId, message) => {
      const dm = await attempt(() => rest.post(Routes.userChannels(), { body: { recipient_id: userId } }));
      if (!dm.ok) return dm;
      const sent = await post((dm.value as { id: string }).id, message);
      return sent.ok ? { ok: true } : sent;
    },
  };
}

type Attempt = { ok: true; value: unknown } | { ok: false; error: string };

async function attempt(call: () => Promise<unknown>): Promise<Attempt> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    return { ok: false, error: describeError(error) };
  }
}

function done(result: Attempt): ActionResult {
  return result.ok ? { ok: true } : result;
}

/** "403 Missing Permissions (50013)", "500 Internal Server Error" or the network error's message. */
export function describeError(error: unknown): string {
  if (error instanceof DiscordAPIError) return `${error.status} ${error.message} (${error.code})`;
  if (error instanceof HTTPError) return `${error.status} ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}
