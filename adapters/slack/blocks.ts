/** The Block Kit review card posted to the mod channel, before and after a decision. */
import type { types } from '@slack/bolt';
import type { ActionOutcome, ReviewItem } from '../../src/types.js';
import { reviewButtonId } from '../../src/review/button-id.js';
import { escapeMrkdwn, truncate } from './slack-text.js';

type Block = types.KnownBlock;

export function dashboardLink(dashboardUrl: string, itemId: string): string {
  return `${dashboardUrl.replace(/\/$/, '')}/items/${encodeURIComponent(itemId)}`;
}

export function reviewCard(item: ReviewItem, dashboardUrl: string): { text: string; blocks: Block[] } {
  return {
    text: `${title(item)}: message by ${item.authorName} (score ${item.score.toFixed(2)})`,
    blocks: [...summary(item), {
      type: 'actions',
      block_id: `review:${item.id}`,
      elements: [
        { type: 'button', style: 'danger', action_id: reviewButtonId('confirm', item.id), value: item.id, text: { type: 'plain_text', text: 'Confirm scam' } },
        { type: 'button', action_id: reviewButtonId('dismiss', item.id), value: item.id, text: { type: 'plain_text', text: 'Not scam' } },
        { type: 'button', action_id: reviewButtonId('open', item.id), url: dashboardLink(dashboardUrl, item.id), text: { type: 'plain_text', text: 'Open in dashboard' } },
      ],
    }],
  };
}

/** The card once decided: the buttons give way to who decided and when. */
export function decidedCard(item: ReviewItem, dashboardUrl: string): { text: string; blocks: Block[] } {
  const verdict = item.status === 'confirmed-scam' ? ':white_check_mark: Confirmed scam' : item.status === 'false-positive' ? ':leftwards_arrow_with_hook: Not scam' : `:arrow_up: ${item.status}`;
  const who = item.decidedBy && /^[UW][A-Z0-9]+$/.test(item.decidedBy) ? `<@${item.decidedBy}>` : escapeMrkdwn(item.decidedByName ?? item.decidedBy ?? 'a moderator');
  const when = item.decidedAt ? ` at <!date^${Math.floor(Date.parse(item.decidedAt) / 1000)}^{date_short_pretty} {time}|${item.decidedAt}>` : '';
  return {
    text: `${verdict.replace(/^:[a-z_]+: /, '')} by ${item.decidedByName ?? item.decidedBy ?? 'a moderator'}`,
    blocks: [...summary(item), {
      type: 'context',
      elements: [{ type: 'mrkdwn', text: `${verdict} by ${who}${when} · <${dashboardLink(dashboardUrl, item.id)}|Open in dashboard>` }],
    }],
  };
}

function title(item: ReviewItem): string {
  if (item.source === 'member-report') return 'Reported as scam';
  return item.label === 'scam' ? 'Likely scam' : 'Suspicious message';
}

function summary(item: ReviewItem): Block[] {
  const link = item.permalink ? ` · <${item.permalink}|view message>` : '';
  const signals = item.signals.length
    ? item.signals.slice(0, 8).map((s) => `• \`${s.id}\` (${s.weight.toFixed(2)}): ${escapeMrkdwn(truncate(s.evidence, 150))}`).join('\n')
    : '_no signals fired_';
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: truncate(`${title(item)} · score ${item.score.toFixed(2)}`, 150) } },
    {
      type: 'section',
      fields: [
        { type: 'mrkdwn', text: `*Author*\n<@${item.authorId}> (${escapeMrkdwn(truncate(item.authorName, 80))})` },
        { type: 'mrkdwn', text: `*Channel*\n<#${item.channelId}>${link}` },
        { type: 'mrkdwn', text: `*Label*\n${item.label}` },
        { type: 'mrkdwn', text: `*Done*\n${describeActions(item.actions)}` },
      ],
    },
    { type: 'section', text: { type: 'mrkdwn', text: item.text === null ? '_text purged by retention_' : `>${escapeMrkdwn(truncate(item.text, 1500)).replace(/\n/g, '\n>')}` } },
    { type: 'section', text: { type: 'mrkdwn', text: `*Signals*\n${truncate(signals, 2900)}` } },
  ];
  if (item.reportedBy) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `Reported by ${escapeMrkdwn(item.reportedBy)}` }] });
  return blocks;
}

function describeActions(actions: ActionOutcome[]): string {
  const done = actions.filter((a) => a.kind !== 'flag' || a.fallbackFor);
  if (done.length === 0) return 'flagged for review';
  return done.map((a) => {
    const what = a.fallbackFor ? `flagged instead of ${a.fallbackFor}` : a.kind === 'delete' ? 'deleted' : a.kind;
    if (a.dryRun) return `${what} (dry run)`;
    return a.ok ? what : `${a.kind} failed: \`${a.error ?? 'unknown'}\``;
  }).join(', ');
}
