/** The review queue: pending items, newest first, triaged with the keyboard (see dashboard.js). */
import type { ReviewStore } from '../../review/store.js';
import type { ItemSource, Label, ReviewItem } from '../../types.js';
import type { DashboardDeps } from '../server.js';
import { highlightEvidence } from '../highlight.js';
import { age, html, layout, scoreBadge, type PageContext, type SafeHtml } from '../html.js';

/** Rows on one page: a moderator works from the top; more than this is a backlog to filter, not scroll. */
export const QUEUE_PAGE_SIZE = 100;

const sources: readonly ItemSource[] = ['classifier', 'member-report', 'fingerprint'];
const labels: readonly Label[] = ['scam', 'suspicious', 'clean'];

export interface QueueFilter {
  communityId?: string;
  channelId?: string;
  source?: ItemSource;
  label?: Label;
}

/** Reads filters from the query string; unknown values are dropped rather than rejected. */
export function parseQueueFilter(query: unknown): QueueFilter {
  const q = (query && typeof query === 'object' ? query : {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim().slice(0, 200) : undefined);
  const source = text(q.source);
  const label = text(q.label);
  return {
    communityId: text(q.community),
    channelId: text(q.channel),
    source: sources.find((s) => s === source),
    label: labels.find((l) => l === label),
  };
}

export async function loadQueue(store: ReviewStore, filter: QueueFilter): Promise<{ items: ReviewItem[]; total: number }> {
  const where = { status: 'pending' as const, ...filter };
  const [items, total] = await Promise.all([store.listItems({ ...where, limit: QUEUE_PAGE_SIZE }), store.countItems(where)]);
  return { items, total };
}

/** What GET /api/queue returns for each item. */
export function queueEntry(item: ReviewItem) {
  return {
    id: item.id, platform: item.platform, communityId: item.communityId, channelId: item.channelId,
    authorId: item.authorId, authorName: item.authorName, text: item.text, score: item.score, label: item.label,
    signals: item.signals, source: item.source, reportedBy: item.reportedBy, createdAt: item.createdAt, permalink: item.permalink,
  };
}

function option(value: string, label: string, selected: string | undefined): SafeHtml {
  return html`<option value="${value}"${value === (selected ?? '') ? html` selected` : ''}>${label}</option>`;
}

function filterForm(filter: QueueFilter, communities: string[], channels: string[]): SafeHtml {
  return html`<form class="filters" method="get" action="/">
  <label>Community <select name="community">${option('', 'all', filter.communityId)}${communities.map((c) => option(c, c, filter.communityId))}</select></label>
  <label>Channel <select name="channel">${option('', 'all', filter.channelId)}${channels.map((c) => option(c, `#${c}`, filter.channelId))}</select></label>
  <label>Source <select name="source">${option('', 'all', filter.source)}${sources.map((s) => option(s, s, filter.source))}</select></label>
  <label>Label <select name="label">${option('', 'all', filter.label)}${labels.map((l) => option(l, l, filter.label))}</select></label>
  <button type="submit">Filter</button>
  ${(filter.communityId || filter.channelId || filter.source || filter.label) && html`<a href="/">Clear</a>`}
</form>`;
}

function row(item: ReviewItem, now: Date): SafeHtml {
  const text = item.text === null ? html`<em class="muted">text purged</em>` : highlightEvidence(item.text, item.signals);
  return html`<tr class="item" data-id="${item.id}" tabindex="-1">
  <td class="col-score">${scoreBadge(item.score, item.label)}</td>
  <td class="col-text">
    <a class="text" href="/items/${encodeURIComponent(item.id)}">${text}</a>
    <div class="signals">${item.signals.map((s) => html`<span class="chip" title="${s.evidence}">${s.id} <b>${s.weight.toFixed(2)}</b></span>`)}
      ${item.source !== 'classifier' && html`<span class="chip chip-source">${item.source}${item.reportedBy ? ` by ${item.reportedBy}` : ''}</span>`}</div>
    <div class="outcome" aria-live="polite"></div>
  </td>
  <td class="col-author" title="${item.authorId}">${item.authorName}</td>
  <td class="col-channel">#${item.channelId}<div class="muted">${item.platform} · ${item.communityId}</div></td>
  <td class="col-age"><time datetime="${item.createdAt}" title="${item.createdAt}">${age(item.createdAt, now)}</time></td>
  <td class="col-actions">
    <button type="button" class="decide scam" data-decision="confirmed-scam" title="Confirm scam (c)">Scam</button>
    <button type="button" class="decide ok" data-decision="false-positive" title="Not scam (n)">Not scam</button>
    <button type="button" class="decide esc" data-decision="escalated" title="Escalate (e)">Escalate</button>
  </td>
</tr>`;
}

export async function queuePage(deps: DashboardDeps, query: unknown, ctx: PageContext): Promise<string> {
  const filter = parseQueueFilter(query);
  const { items, total } = await loadQueue(deps.store, filter);
  // Filter choices: configured communities plus whatever is waiting in the queue.
  const recent = await deps.store.listItems({ status: 'pending', limit: 500 });
  const communities = [...new Set([...Object.keys(deps.config.communities), ...recent.map((i) => i.communityId)])].sort();
  const channels = [...new Set(recent.filter((i) => !filter.communityId || i.communityId === filter.communityId).map((i) => i.channelId))].sort();
  const now = new Date();
  const body = html`<div class="page-head">
  <h1>Queue <span class="count" id="pending-count" data-count="${total}">${total} pending</span></h1>
  ${filterForm(filter, communities, channels)}
</div>
<p class="keys" aria-label="Keyboard shortcuts"><kbd>j</kbd>/<kbd>k</kbd> move · <kbd>c</kbd> confirm scam · <kbd>n</kbd> not scam · <kbd>e</kbd> escalate · <kbd>o</kbd> open</p>
<div id="flash" class="flash" role="status" aria-live="polite"></div>
${items.length === 0
    ? html`<p class="empty-state">Nothing waiting for review. New matches appear here as the bot screens messages.</p>`
    : html`<table class="queue" id="queue">
<thead><tr><th>Score</th><th>Message and evidence</th><th>Author</th><th>Channel</th><th>Age</th><th><span class="sr-only">Decide</span></th></tr></thead>
<tbody>${items.map((item) => row(item, now))}</tbody>
</table>
${total > items.length && html`<p class="muted">Showing the newest ${items.length} of ${total}. Filter to narrow the list.</p>`}`}`;
  return layout({ title: 'Queue', active: 'queue', csrfToken: ctx.csrfToken, moderator: ctx.moderator, body });
}
