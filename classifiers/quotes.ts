/**
 * Reported speech: people who report a scam paste it in quotes ("…", “…”, '…', ‘…’) or as "> " lines. A lure
 * that lives only inside such a passage is being shown to others, not sent to them; classify() checks what
 * the rest of the message says on its own (see the `quoted-lure` frame).
 */

/** Shorter quotes name a button or a word ("click 'Validate'", scare quotes); a reported message is longer. */
const MIN_QUOTED_CHARS = 25;
/** The words left outside the quotes must be a comment of their own, not a bare "re:" or a name. */
const MIN_WORDS_OUTSIDE = 3;
const QUOTE_PAIRS: ReadonlyArray<readonly [string, string]> = [['"', '"'], ['“', '”'], ['‘', '’'], ["'", "'"]];

/** A quoted sentence, not a quoted attribute or link (`href="https://…"`). */
const isProse = (quoted: string) => (quoted.match(/\s/g)?.length ?? 0) >= 2;
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);

/**
 * The text with every long quoted passage blanked out, when there is one and enough is left around it;
 * otherwise undefined. Linear: each quote kind is scanned once left to right ("don't" is an apostrophe,
 * not a quote, because a letter stands on its outer side).
 */
export function textOutsideQuotes(text: string): string | undefined {
  const passages: Array<[from: number, to: number]> = [];
  for (const [open, close] of QUOTE_PAIRS) {
    let at = text.indexOf(open);
    while (at !== -1) {
      if (isWordChar(text[at - 1]) || isSpace(text[at + 1])) {
        at = text.indexOf(open, at + 1);
        continue;
      }
      let end = text.indexOf(close, at + 1);
      while (end !== -1 && (isWordChar(text[end + 1]) || isSpace(text[end - 1]))) end = text.indexOf(close, end + 1);
      if (end === -1) break;
      if (end - at - 1 >= MIN_QUOTED_CHARS && isProse(text.slice(at + 1, end))) passages.push([at, end + 1]);
      at = text.indexOf(open, end + 1);
    }
  }
  // A pasted message in a code block: "copying it exactly: ``` … ```".
  if (text.includes('```')) {
    for (const block of text.matchAll(/```([^`]{0,4000})```/g)) {
      if (block[1]!.trim().length >= MIN_QUOTED_CHARS && isProse(block[1]!)) passages.push([block.index, block.index + block[0].length]);
    }
  }
  // "> " lines: a quote-post in Discord and Slack markdown (Slack's API delivers the ">" as "&gt;").
  if (text.includes('>') || text.includes('&gt;')) {
    for (const line of text.matchAll(/^[ \t]*(?:>|&gt;)[^\n]*/gm)) {
      if (line[0].length - 1 >= MIN_QUOTED_CHARS) passages.push([line.index, line.index + line[0].length]);
    }
  }
  // Most messages that reach this have no quote at all: only a found passage costs a copy of the text.
  if (passages.length === 0) return undefined;
  const blanked = text.split('');
  for (const [from, to] of passages) blanked.fill(' ', from, to);
  const outside = blanked.join('');
  const words = outside.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return words >= MIN_WORDS_OUTSIDE ? outside : undefined;
}

// "ban" only as a request to ban: folded Vietnamese "bạn" (you) is "ban" too. Reporting and judging words share it.
const banRequest = '(?:pls |please |plz |mods? |admins? )ban|ban (?:him|her|them|this|that|these|those|it|pls|please|plz|the|asap)';

/**
 * What a reporter says around the quote: a judgement, a request to the mods, or how it arrived. Without it, a
 * quote is as likely to be a lure passed on as "the official notice" ("Reposting from #announcements: '…'").
 */
const reportingWords = new RegExp(
  `\\b(?:scam\\w*|fake|phish\\w*|report\\w*|${banRequest}|banned|block\\w*|beware|careful|watch out|lol|lmao|lmfao|vultures?|another one|again|ignore\\w*|don'?t|never|not real|not official|fell for|drained|gave (?:them|it)|got scammed|unofficial|circulating|going around|none of (?:that|this|it)|bs|crap|spam\\w*|(?:dm|pm)'?e?d me|messaged me|sent me|hit me|tried|got (?:this|one|these|that)|seen (?:a few|this|these|that)|sus|sketchy|suspicious|red flags?|mods?|(?:from|in) my (?:dms?|pms?|inbox|e-?mail|messages)|re?cie?ved|came from|(?:almost|nearly) (?:clicked|fell)|glad i (?:checked|asked)|is (?:it|this|that) (?:legit|real|safe)|seems? off|creative|targeted|for (?:your |ur )?awareness|just no|nice try|(?:ha){2,}h?|nag-?(?:message|pm|dm) (?:sakin|sa akin|saken))\\b|[😂🤣💀🤡🚩]`,
  'u',
);
/**
 * A scammer passes their own lure off as something received and lends it authority or success: 'Announcement
 * from the mods: "connect at …"', '"…" — mods confirmed this', "someone sent me this and it actually fixed my tx".
 * Vouching for it, unless the same words also judge it ("mods said it's fake", "it worked on my friend, he got drained").
 */
const creditsAuthority =
  /\b(?:from|by|per|according to|on behalf of) (?:the |our )?(?:mods?|moderators?|admins?|team|staff|devs?|support)\b|\b(?:mods?|moderators?|admins?|team|staff|devs?|support) (?:just |have |has |had )?(?:said|says|confirmed|confirms|announced|announces|asked|want|wants|posted|approved|told|shared|verified|recommends?|recommended|requested|requests)\b|\bannouncement\b|\bmake sure (?:to|you)\b/;
const creditsSuccess =
  /\b(?:it|this|that|they|he|she) (?:actually |really |totally |honestly |literally )?(?:did |does )?(?:worked|works|work|fixed|fix|helped|help|solved|sorted)\b|\bworked (?:for|on) me\b|\b(?:it|everything|all|they|funds|balance)(?: all)? (?:comes|came|come) back\b|\b(?:everything|it all|all of it) (?:reappeared|showed up|is back)\b|\bfunds (?:are |r )?(?:fine|safe|back)\b|\bwent smooth(?:ly)?\b|\bfixed (?:my|mine)\b|\bhighly recommend|\b(?:100% |totally |fully )legit\b|\b(?:it'?s|its|is|was) legit\b(?! ?\?)|\b(?:that|this|it)(?: one)? (?:is|'s) (?:real|legit|official|genuine)\b(?! ?\?)|\b(?:ca a marche|a mi me (?:funciono|volvieron)|me funciono|funcionou|ha funzionato|hat (?:bei mir )?funktioniert|ise yaradi|la duoc|langsung normal)\b/;
export const judging = new RegExp(`\\b(?:scam\\w*|fake|phish\\w*|report\\w*|${banRequest}|banned|block\\w*|beware|careful|watch out|ignore\\w*|don'?t|never|not real|not official|unofficial|fell for|drain\\w*|got scammed|lost|stole|stolen|hacked|sus|sketchy|suspicious|red flags?|spam\\w*|vultures?)\\b|[🚩]`, 'u');

/** "so maybe not a scam?", "it isn't fake": a judgement denied is vouching, not judging. */
const deniedJudgement = /\b(?:not|isn'?t|wasn'?t|aren'?t|no|never) (?:a |an |really |even )?(?:scam\w*|fake|phish\w*|sus)\b/g;
const judges = (text: string) => judging.test(text.replace(deniedJudgement, ' '));

/** Words that vouch for a quoted or reported message (its authority or its success) and do not also judge it. */
export function vouchesFor(text: string): boolean {
  return (creditsAuthority.test(text) || creditsSuccess.test(text)) && !judges(text);
}

/** Words that say a fix worked ("worked for me", "it actually fixed my tx") and do not also judge it. */
export function vouchesForFix(text: string): boolean {
  return fixVouchedIn(text) !== undefined;
}

/** The words that say a fix worked, when nothing in the text judges it: the evidence for vouchesForFix. */
export function fixVouchedIn(text: string): string | undefined {
  const success = creditsSuccess.exec(text);
  return success && !judges(text) ? success[0] : undefined;
}

/** Whether the words around a quote report it: reporting words, and no vouching for what is quoted. */
export function reportsIt(normalizedOutside: string): boolean {
  return reportingWords.test(normalizedOutside) && !vouchesFor(normalizedOutside);
}
