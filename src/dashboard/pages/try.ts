/** "Try a message": paste text, see the verdict and its evidence as you type (dashboard.js posts to /api/scan). */
import type { ScanResult } from '../scan.js';
import { DEFAULT_COMMUNITY, SCAN_MAX_CHARS } from '../scan.js';
import { html, layout, scoreBadge, trusted, type PageContext, type SafeHtml } from '../html.js';

/** The verdict panel; the same markup dashboard.js builds after each keystroke. */
export function verdictPanel(result: ScanResult | undefined): SafeHtml {
  if (!result) return html`<p class="muted">Type or paste a message to see how the classifier scores it.</p>`;
  const { verdict } = result;
  return html`<p class="verdict">${scoreBadge(verdict.score, verdict.label)} <b>${verdict.label}</b></p>
<blockquote class="message">${trusted(result.highlighted)}</blockquote>
${verdict.signals.length === 0 ? html`<p class="muted">No signal fired.</p>` : html`<table class="signals-table">
<thead><tr><th>Signal</th><th class="num">Weight</th><th>Evidence</th></tr></thead>
<tbody>${verdict.signals.map((s) => html`<tr><td><code>${s.id}</code></td><td class="num">${s.weight.toFixed(2)}</td><td>${s.evidence}</td></tr>`)}</tbody>
</table>`}`;
}

export function tryPage(communities: string[], ctx: PageContext, text = '', communityId = DEFAULT_COMMUNITY, result?: ScanResult): string {
  const choices = [DEFAULT_COMMUNITY, ...communities.filter((c) => c !== DEFAULT_COMMUNITY)];
  const body = html`<h1>Try a message</h1>
<form class="try" method="post" action="/try" id="try-form">
  <input type="hidden" name="_csrf" value="${ctx.csrfToken}">
  <label for="try-text">Message</label>
  <textarea id="try-text" name="text" rows="6" maxlength="${SCAN_MAX_CHARS}" placeholder="Paste a message…" autofocus>${text}</textarea>
  <div class="try-row">
    <label>Settings of <select name="communityId" id="try-community">${choices.map((c) => html`<option value="${c}"${c === communityId ? html` selected` : ''}>${c === DEFAULT_COMMUNITY ? 'global defaults' : c}</option>`)}</select></label>
    <button type="submit">Check</button>
    <span class="muted">Nothing is stored or counted.</span>
  </div>
</form>
<section id="try-result" aria-live="polite">${verdictPanel(result)}</section>`;
  return layout({ title: 'Try a message', active: 'try', csrfToken: ctx.csrfToken, moderator: ctx.moderator, body });
}
