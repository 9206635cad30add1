/** The effective configuration, read-only, secrets masked: what the bot is doing in each community and why. */
import { maskSecrets, type CommunityConfig } from '../../config.js';
import type { DashboardDeps } from '../server.js';
import { html, layout, type HtmlValue, type PageContext } from '../html.js';

function value(v: unknown): HtmlValue {
  if (Array.isArray(v)) return v.length ? v.join(', ') : html`<span class="muted">none</span>`;
  if (v === undefined || v === null || v === '') return html`<span class="muted">not set</span>`;
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function communityTable(c: CommunityConfig) {
  const rows: Array<[string, unknown]> = [
    ['mode', c.mode], ['flag threshold', c.flagThreshold], ['delete threshold', c.deleteThreshold],
    ['new account days', c.newAccountDays], ['official domains', c.officialDomains], ['staff names', c.staffNames],
    ['exempt roles', c.exemptRoles], ['exempt users', c.exemptUsers], ['exempt channels', c.exemptChannels],
    ['mod channel', c.modChannel], ['escalation', c.escalation.afterConfirmed ? `${c.escalation.action} after ${c.escalation.afterConfirmed} confirmed` : 'off'],
    ['notify author on false positive', c.notifyAuthorOnFalsePositive],
  ];
  return html`<section class="community"><h2>${c.communityId}</h2>
<table class="compact settings"><tbody>${rows.map(([k, v]) => html`<tr><th scope="row">${k}</th><td>${value(v)}</td></tr>`)}</tbody></table></section>`;
}

export async function settingsPage(deps: DashboardDeps, ctx: PageContext): Promise<string> {
  const recent = await deps.store.listItems({ limit: 500 });
  const ids = [...new Set([...Object.keys(deps.config.communities), ...recent.map((i) => i.communityId)])].sort();
  const communities = await Promise.all(ids.map((id) => deps.screener.community(id)));
  const body = html`<h1>Settings <span class="count">read-only</span></h1>
<p class="muted">Effective settings: the config file and environment, plus changes made in chat (e.g. <code>/screener config</code>). Secrets are masked.</p>
${communities.length === 0 ? html`<p class="empty-state">No community configured or seen yet; the global settings below apply everywhere.</p>` : communities.map(communityTable)}
<section><h2>Global configuration</h2><pre class="config">${JSON.stringify(maskSecrets(deps.config), null, 2)}</pre></section>`;
  return layout({ title: 'Settings', active: 'settings', csrfToken: ctx.csrfToken, moderator: ctx.moderator, body });
}
