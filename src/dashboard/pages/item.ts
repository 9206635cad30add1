/** One case in full: text, normalized text, every signal, the platform link and what happened when. */
import { normalize } from '../../../classifiers/normalize.js';
import type { ReviewItem } from '../../types.js';
import type { DashboardDeps } from '../server.js';
import { highlightEvidence } from '../highlight.js';
import { html, layout, safeHref, scoreBadge, statusBadge, statusName, type PageContext, type SafeHtml } from '../html.js';

interface HistoryEntry {
  at: string;
  what: SafeHtml;
}

function history(item: ReviewItem): HistoryEntry[] {
  const entries: HistoryEntry[] = [{
    at: item.createdAt,
    what: item.source === 'member-report'
      ? html`Reported by ${item.reportedBy ?? 'a member'}; queued for review`
      : html`Queued by the ${item.source} (score ${item.score.toFixed(2)}, ${item.label})`,
  }];
  for (const a of item.actions) {
    const result = a.dryRun ? 'dry run (not performed)' : a.ok ? 'done' : `failed: ${a.error ?? 'unknown error'}`;
    entries.push({ at: a.at, what: html`<span class="action action-${a.kind}">${a.kind}</span> ${result}${a.fallbackFor && html` <span class="muted">(instead of ${a.fallbackFor})</span>`}` });
  }
  if (item.decidedAt) {
    entries.push({ at: item.decidedAt, what: html`Decided ${statusBadge(item.status)} by <b>${item.decidedByName ?? item.decidedBy ?? 'unknown'}</b>` });
  }
  return entries.sort((a, b) => a.at.localeCompare(b.at));
}

function decisionPanel(item: ReviewItem, ctx: PageContext): SafeHtml {
  if (item.status !== 'pending') {
    return html`<p class="decided">${statusName(item.status)} — decided by <b>${item.decidedByName ?? item.decidedBy ?? 'unknown'}</b>${item.decidedAt && html` at <time datetime="${item.decidedAt}">${item.decidedAt.replace('T', ' ').slice(0, 16)} UTC</time>`}</p>`;
  }
  const button = (status: string, label: string, className: string) => html`<form method="post" action="/items/${encodeURIComponent(item.id)}/decision">
  <input type="hidden" name="_csrf" value="${ctx.csrfToken}"><input type="hidden" name="status" value="${status}">
  <button type="submit" class="decide ${className}">${label}</button></form>`;
  return html`<div class="decide-row">${button('confirmed-scam', 'Confirm scam', 'scam')}${button('false-positive', 'Not scam', 'ok')}${button('escalated', 'Escalate', 'esc')}</div>`;
}

export function itemPage(item: ReviewItem, ctx: PageContext): string {
  const normalized = item.text === null ? null : normalize(item.text).text;
  const body = html`<p class="crumbs"><a href="/">← Queue</a></p>
<div class="page-head">
  <h1>${scoreBadge(item.score, item.label)} ${item.authorName} <span class="muted">in #${item.channelId}</span></h1>
  ${statusBadge(item.status)}
</div>
${decisionPanel(item, ctx)}
<div class="item-grid">
<section>
  <h2>Message</h2>
  ${item.text === null ? html`<p class="muted">The text was purged by the retention policy.</p>` : html`<blockquote class="message">${highlightEvidence(item.text, item.signals)}</blockquote>`}
  ${normalized !== null && normalized !== item.text && html`<h2>Normalized text</h2><blockquote class="message normalized">${highlightEvidence(normalized, item.signals)}</blockquote>`}
  <h2>Signals</h2>
  ${item.signals.length === 0 ? html`<p class="muted">No signal fired.</p>` : html`<table class="signals-table">
  <thead><tr><th>Signal</th><th class="num">Weight</th><th>Evidence</th></tr></thead>
  <tbody>${item.signals.map((s) => html`<tr><td><code>${s.id}</code></td><td class="num">${s.weight.toFixed(2)}</td><td>${s.evidence}</td></tr>`)}</tbody>
  </table>`}
</section>
<aside>
  <h2>Details</h2>
  <dl class="facts">
    <dt>Platform</dt><dd>${item.platform}${safeHref(item.permalink) && html` · <a href="${safeHref(item.permalink)}" rel="noreferrer noopener" target="_blank">open message</a>`}</dd>
    <dt>Community</dt><dd>${item.communityId}</dd>
    <dt>Channel</dt><dd>#${item.channelId}</dd>
    <dt>Author</dt><dd>${item.authorName} <span class="muted">${item.authorId}</span></dd>
    <dt>Source</dt><dd>${item.source}</dd>
    <dt>Item</dt><dd><code>${item.id}</code></dd>
  </dl>
  <h2>History</h2>
  <ol class="history">${history(item).map((e) => html`<li><time datetime="${e.at}">${e.at.replace('T', ' ').slice(0, 19)}</time> ${e.what}</li>`)}</ol>
</aside>
</div>`;
  return layout({ title: `${item.authorName} · item`, active: 'item', csrfToken: ctx.csrfToken, moderator: ctx.moderator, body });
}

export async function loadItemPage(deps: DashboardDeps, id: string, ctx: PageContext): Promise<string | undefined> {
  const item = await deps.store.getItem(id);
  return item ? itemPage(item, ctx) : undefined;
}
