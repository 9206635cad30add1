import { describe, expect, it } from 'vitest';
import { safeNext, SessionStore } from '../../src/dashboard/auth.js';
import { lineChart, niceMax, stackedBarChart } from '../../src/dashboard/charts.js';
import { evidenceSpans, highlightEvidence } from '../../src/dashboard/highlight.js';
import { age, escapeHtml, html, safeHref, trusted } from '../../src/dashboard/html.js';

describe('escapeHtml', () => {
  it('escapes every character that can break out of text or a quoted attribute', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&\`</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&#96;&lt;/a&gt;');
    expect(escapeHtml(42)).toBe('42');
  });
});

describe('html tag', () => {
  it('escapes interpolated strings, numbers and arrays, but not SafeHtml', () => {
    const evil = '<script>x</script>';
    expect(html`<p title="${evil}">${evil}</p>`.value).toBe('<p title="&lt;script&gt;x&lt;/script&gt;">&lt;script&gt;x&lt;/script&gt;</p>');
    expect(html`<ul>${['<a>', 'b'].map((s) => html`<li>${s}</li>`)}</ul>`.value).toBe('<ul><li>&lt;a&gt;</li><li>b</li></ul>');
    expect(html`${trusted('<b>ok</b>')}${3}`.value).toBe('<b>ok</b>3');
  });

  it('renders null, undefined and false as nothing', () => {
    expect(html`[${null}${undefined}${false}]`.value).toBe('[]');
  });
});

describe('highlightEvidence', () => {
  const signal = (id: string, evidence: string) => ({ id, weight: 0.5, evidence });

  it('marks every case-insensitive occurrence, escaping around it', () => {
    const out = highlightEvidence('Seed phrase <now>, SEED PHRASE!', [signal('secret', 'seed phrase')]).value;
    expect(out).toBe('<mark title="secret">Seed phrase</mark> &lt;now&gt;, <mark title="secret">SEED PHRASE</mark>!');
  });

  it('treats evidence as text, not a pattern, and keeps the first of overlapping spans', () => {
    expect(evidenceSpans('a.b axb', [signal('dot', 'a.b')])).toEqual([{ start: 0, end: 3, signalId: 'dot' }]);
    const spans = evidenceSpans('visit metamask-sync.xyz now', [signal('domain', 'metamask-sync.xyz'), signal('brand', 'metamask')]);
    expect(spans).toEqual([{ start: 6, end: 23, signalId: 'domain' }]);
  });

  it('finds evidence that carries a note in parentheses', () => {
    expect(highlightEvidence('go to metamask-sync.xyz', [signal('lookalike', 'metamask-sync.xyz (imitates metamask)')]).value).toBe('go to <mark title="lookalike">metamask-sync.xyz</mark>');
  });

  it('escapes the signal id and ignores empty evidence', () => {
    expect(highlightEvidence('hi "x"', [signal('a"b', '"x"'), signal('empty', ' ')]).value).toBe('hi <mark title="a&quot;b">&quot;x&quot;</mark>');
  });
});

describe('charts', () => {
  it('rounds axis maxima up to 1, 2 or 5 × 10^k', () => {
    expect([0, 1, 3, 7, 12, 180, 501].map(niceMax)).toEqual([1, 1, 5, 10, 20, 200, 1000]);
  });

  it('draw axes and an empty note when there is no data', () => {
    const svg = stackedBarChart('Actions', ['2024-01-01', '2024-01-02'], [{ name: 'delete', className: 's-delete', values: [0, 0] }]).value;
    expect(svg).toContain('<svg');
    expect(svg).toContain('Nothing recorded');
    expect(svg).not.toContain('<rect class="s-delete"');
  });

  it('draw bars, lines and threshold markers', () => {
    const bars = stackedBarChart('Actions', ['2024-01-01'], [{ name: 'delete', className: 's-delete', values: [3] }]).value;
    expect(bars).toContain('<rect class="s-delete"');
    const lines = lineChart('What-if', [{ name: 'deleted', className: 's-delete', points: [[0.1, 4], [0.9, 1]] }], [{ x: 0.5, label: 'flag 0.50', className: 'm-flag' }]).value;
    expect(lines).toContain('<path class="line s-delete"');
    expect(lines).toContain('class="marker m-flag"');
    expect(lines).toContain('flag 0.50');
  });
});

describe('small helpers', () => {
  it('formats ages compactly', () => {
    const now = new Date('2024-01-10T12:00:00Z');
    expect(age('2024-01-10T11:59:30Z', now)).toBe('30s');
    expect(age('2024-01-10T11:00:00Z', now)).toBe('1h');
    expect(age('2024-01-07T12:00:00Z', now)).toBe('3d');
  });

  it('allows only http(s) links and local redirects', () => {
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('https://discord.com/channels/1/2/3')).toBe('https://discord.com/channels/1/2/3');
    expect(safeNext('//evil.example')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext('/stats?x=1')).toBe('/stats?x=1');
  });

  it('expires sessions', () => {
    let now = 0;
    const sessions = new SessionStore(1000, () => now);
    const { id, session } = sessions.create('  dana  ');
    expect(session.moderatorName).toBe('dana (dashboard)');
    expect(sessions.get(id)).toBeDefined();
    now = 1000;
    expect(sessions.get(id)).toBeUndefined();
    expect(sessions.create().session.moderatorId).toBe('dashboard');
  });
});
