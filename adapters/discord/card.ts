/**
 * The review card: what a moderator needs to decide without leaving Discord — who, where, how sure,
 * each signal with its evidence, a short excerpt — and the three buttons. Decided cards keep the
 * dashboard link, lose the decision buttons, and say who decided.
 */
import { ButtonStyle, ComponentType, escapeMarkdown, type APIButtonComponent, type APIEmbed, type APIEmbedField } from 'discord.js';
import type { ReviewItem } from '../../src/types.js';
import type { OutgoingMessage } from './api.js';
import { reviewButtonId } from '../../src/review/button-id.js';

const EXCERPT_CHARS = 300;
const FIELD_CHARS = 1024; // Discord's limit per embed field value

const colours = { pending: 0xf0b232, 'confirmed-scam': 0xda373c, 'false-positive': 0x23a55a, escalated: 0x5865f2 } as const;

export function renderCard(item: ReviewItem, dashboardUrl: string): OutgoingMessage {
  const fields: APIEmbedField[] = [
    { name: 'Author', value: `<@${item.authorId}> ${escapeMarkdown(item.authorName)} (${item.authorId})`, inline: true },
    { name: 'Channel', value: item.permalink ? `<#${item.channelId}> · [message](${item.permalink})` : `<#${item.channelId}>`, inline: true },
    { name: 'Score', value: `${item.score.toFixed(2)} (${item.label})`, inline: true },
    { name: 'Signals', value: clip(signalLines(item) || 'none fired') },
  ];
  if (item.reportedBy) fields.push({ name: 'Reported by', value: clip(escapeMarkdown(item.reportedBy)) });
  const actions = actionSummary(item);
  if (actions) fields.push({ name: 'Bot actions', value: clip(actions) });
  if (item.status !== 'pending') {
    const when = item.decidedAt ? ` <t:${Math.floor(Date.parse(item.decidedAt) / 1000)}:R>` : '';
    fields.push({ name: 'Decided by', value: `<@${item.decidedBy}> ${escapeMarkdown(item.decidedByName ?? '')}${when}` });
  }
  const embed: APIEmbed = {
    title: titleOf(item),
    description: item.text === null ? '*text purged by retention*' : quote(item.text),
    color: colours[item.status],
    fields,
    footer: { text: `review item ${item.id}` },
    timestamp: item.createdAt,
  };
  return { embeds: [embed], components: [{ type: ComponentType.ActionRow, components: buttons(item, dashboardUrl) }] };
}

function titleOf(item: ReviewItem): string {
  if (item.status === 'confirmed-scam') return 'Confirmed scam';
  if (item.status === 'false-positive') return 'Not a scam';
  if (item.status === 'escalated') return 'Escalated';
  if (item.source === 'member-report') return 'Reported by a member: needs review';
  return wasDeleted(item) ? 'Removed as a likely scam: please confirm' : 'Suspicious message: needs review';
}

function buttons(item: ReviewItem, dashboardUrl: string): APIButtonComponent[] {
  const decided = item.status !== 'pending';
  return [
    { type: ComponentType.Button, style: ButtonStyle.Danger, label: 'Confirm scam', custom_id: reviewButtonId('confirm', item.id), disabled: decided },
    { type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'Not scam', custom_id: reviewButtonId('dismiss', item.id), disabled: decided },
    { type: ComponentType.Button, style: ButtonStyle.Link, label: 'Open in dashboard', url: `${dashboardUrl.replace(/\/$/, '')}/items/${encodeURIComponent(item.id)}` },
  ];
}

function signalLines(item: ReviewItem): string {
  return item.signals.map((s) => `• **${s.id}** (${s.weight >= 0 ? '+' : ''}${s.weight.toFixed(2)}): "${escapeMarkdown(s.evidence)}"`).join('\n');
}

function actionSummary(item: ReviewItem): string {
  return item.actions
    .map((a) => `${a.kind}${a.dryRun ? ' (dry run)' : a.ok ? '' : ` failed: ${a.error ?? 'unknown'}`}${a.fallbackFor ? ` (instead of ${a.fallbackFor})` : ''}`)
    .join(', ');
}

export function wasDeleted(item: ReviewItem): boolean {
  return item.actions.some((a) => a.kind === 'delete' && a.ok && !a.dryRun);
}

function quote(text: string): string {
  const excerpt = text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}…` : text;
  return escapeMarkdown(excerpt).split('\n').map((line) => `> ${line}`).join('\n');
}

function clip(value: string): string {
  return value.length > FIELD_CHARS ? `${value.slice(0, FIELD_CHARS - 1)}…` : value;
}
