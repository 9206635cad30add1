/** Slack's message markup ↔ plain text. */

/**
 * What the classifier reads: links as label plus real target (a disguised link must show where it goes),
 * mentions as @id/#name, and Slack's three HTML escapes undone.
 */
export function plainText(markup: string): string {
  return markup
    .replace(/<([^<>|]+)\|([^<>]*)>/g, (_m, target: string, label: string) => withTarget(target, label))
    .replace(/<([^<>]+)>/g, (_m, target: string) => withTarget(target, ''))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function withTarget(target: string, label: string): string {
  if (target.startsWith('@') || target.startsWith('#')) return label ? `${target[0]}${label}` : target;
  if (target.startsWith('!')) return `@${label || target.slice(1).split('^')[0]}`;
  const url = target.replace(/^mailto:/, '');
  return label && label !== url ? `${label} (${url})` : url;
}

/** Text shown inside our own mrkdwn blocks: escaped so a scammer's text cannot ping @channel or fake links. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
