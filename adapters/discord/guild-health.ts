/**
 * What the bot can do in each guild: delete? post review cards, and where? Checked at start-up, on
 * joining a guild and whenever a card is about to be posted; problems are logged once per change
 * and shown by `/screener status` and the health endpoint. The adapter falls back to what it can
 * do: no Manage Messages → flag instead of delete; no postable mod channel → no cards (the
 * dashboard queue still has every item).
 */
import { ChannelType, PermissionFlagsBits, type Guild, type GuildBasedChannel, type TextChannel } from 'discord.js';
import type { Logger } from '../../src/log.js';
import type { Screener } from '../../src/pipeline.js';

/** Channel names used as the mod channel when none is configured, in order of preference. */
export const fallbackModChannelNames = ['mod-log', 'mod-logs', 'scam-screener'];

const cardPermissions = [PermissionFlagsBits.ViewChannel, PermissionFlagsBits.SendMessages, PermissionFlagsBits.EmbedLinks];

export interface GuildReport {
  guildId: string;
  guildName: string;
  canDelete: boolean;
  modChannelId?: string;
  /** Where the mod channel came from: the community config, a conventional name, or nowhere. */
  modChannelSource: 'config' | 'fallback' | 'none';
  canPostCards: boolean;
  problems: string[];
}

export class GuildHealth {
  private readonly reports = new Map<string, GuildReport>();

  constructor(private readonly screener: Screener, private readonly log: Logger) {}

  /** Re-checks one guild, logs what changed, remembers the result. */
  async check(guild: Guild): Promise<GuildReport> {
    const community = await this.screener.community(guild.id);
    const report = inspect(guild, community.modChannel);
    const before = this.reports.get(guild.id);
    this.reports.set(guild.id, report);
    if (before?.problems.join() !== report.problems.join()) {
      if (report.problems.length) this.log.warn({ guildId: guild.id, guild: guild.name, problems: report.problems }, 'limited permissions: falling back to what the bot can do');
      else this.log.info({ guildId: guild.id, guild: guild.name, modChannelId: report.modChannelId }, 'guild permissions ok');
    }
    return report;
  }

  get(guildId: string): GuildReport | undefined {
    return this.reports.get(guildId);
  }

  forget(guildId: string): void {
    this.reports.delete(guildId);
  }

  /** One line for the health endpoint, e.g. "missing Manage Messages in 1 guild; no review cards in 2 guilds". */
  summary(): string | undefined {
    const all = [...this.reports.values()];
    const noDelete = all.filter((r) => !r.canDelete).length;
    const noCards = all.filter((r) => !r.canPostCards).length;
    const parts = [
      noDelete ? `missing Manage Messages in ${plural(noDelete, 'guild')}` : '',
      noCards ? `no review cards in ${plural(noCards, 'guild')}` : '',
    ].filter(Boolean);
    return parts.length ? parts.join('; ') : undefined;
  }
}

/** Whether the bot may delete messages in a channel, when discord.js has what it needs to tell. */
export function canDeleteIn(guild: Guild | undefined, channelId: string): boolean | undefined {
  const me = guild?.members.me;
  const channel = guild?.channels.cache.get(channelId);
  if (!me || !channel) return undefined;
  return channel.permissionsFor(me).has(PermissionFlagsBits.ManageMessages);
}

function inspect(guild: Guild, configured: string | undefined): GuildReport {
  const problems: string[] = [];
  const me = guild.members.me;
  const canDelete = me?.permissions.has(PermissionFlagsBits.ManageMessages) ?? false;
  if (!canDelete) problems.push('cannot delete messages (needs Manage Messages): flagging instead');

  let channel = configured ? findChannel(guild, configured) : undefined;
  let source: GuildReport['modChannelSource'] = channel ? 'config' : 'none';
  if (configured && !channel) problems.push(`configured mod channel "${configured}" not found`);
  if (!channel) {
    channel = fallbackModChannelNames.map((name) => findChannel(guild, name)).find(Boolean);
    if (channel) source = 'fallback';
  }
  const canPostCards = Boolean(channel && me && channel.permissionsFor(me).has(cardPermissions));
  if (!channel) problems.push(`no mod channel (configure one with /screener config, or create #${fallbackModChannelNames[0]}): acting without review cards; the dashboard has the queue`);
  else if (!canPostCards) problems.push(`cannot post in #${channel.name} (needs View Channel, Send Messages, Embed Links): acting without review cards`);
  return { guildId: guild.id, guildName: guild.name, canDelete, modChannelId: channel?.id, modChannelSource: source, canPostCards, problems };
}

/** A text channel by id, `<#id>` mention, or name (with or without #). */
function findChannel(guild: Guild, wanted: string): TextChannel | undefined {
  const id = /^<#(\d+)>$/.exec(wanted)?.[1] ?? wanted;
  const name = wanted.replace(/^#/, '').toLowerCase();
  const isText = (c: GuildBasedChannel): c is TextChannel => c.type === ChannelType.GuildText;
  const byId = guild.channels.cache.get(id);
  if (byId && isText(byId)) return byId;
  return guild.channels.cache.find((c): c is TextChannel => isText(c) && c.name.toLowerCase() === name);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
