import { foldName, foldText, skeleton } from '../normalize.js';
import { defineSignal } from './define.js';
import { foreignHelpRequest } from './multilingual.js';

/** Context the adapters pass in. Each is weak alone; together with a request they are the classic opening. */

export const newAccount = defineSignal({
  id: 'new-account',
  description: 'The author\'s account or membership is younger than the community\'s "new account" age.',
  group: 'context',
  detect: ({ context, config }) => {
    const { accountAgeDays, memberAgeDays } = context;
    if (accountAgeDays !== undefined && accountAgeDays < config.newAccountDays) return `account ${accountAgeDays.toFixed(1)} days old`;
    if (memberAgeDays !== undefined && memberAgeDays < config.newAccountDays) return `joined ${memberAgeDays.toFixed(1)} days ago`;
    return undefined;
  },
});

export const firstMessage = defineSignal({
  id: 'first-message',
  description: "The author's first message in this community.",
  group: 'context',
  detect: ({ context }) => (context.isFirstMessage ? 'first message in this community' : undefined),
});

/** A help request: a question, or a report that something is wrong ("my withdrawal still shows pending"). */
const helpRequest =
  /\?|\b(?:help|stuck|pending|processing|missing|lost|gone|disappeared|vanished|frozen|locked|restricted|declined|rejected|reverted|greyed|glitch|bug|broken|crash(?:es|ed|ing)?|hacked|drained|scammed|support|error|errors|fail|failed|fails|failing|issue|issues|problem|problems|wrong|zero|empty|can'?t|cannot|unable|won'?t|doesn'?t|didn'?t|isn'?t|aren'?t|never (?:arrived|came|showed)|still (?:not|no|waiting|shows?|showing)|not (?:showing|working|received|arriving|loading|confirmed|arrived|appearing|visible|updating|syncing|connecting|going through|installed|detected|recognized|recognised|found|responding|opening|supported|allowed|updated|synced|credited|reflected)|(?:says|shows?|showing|reads|displays?) (?:0|zero|nothing|wrong|a different|i'?m not|i am not|not eligible|ineligible)|(?:position|balance|vault|allocation|rewards?|wallet) (?:is )?(?:0|zero|empty)|not (?:on|in|back (?:on|in)) (?:l1|l2|my|the|mainnet)|how (?:do|can|to)|why (?:is|does|did|are|can)|anyone know|any idea|what (?:happened|should)|freez(?:es|ing)|froze|delayed|taking (?:forever|ages|so long)|(?:haven'?t|hasn'?t|didn'?t) (?:received|arrived|come|gotten|got|shown)|revert(?:s|ing)|incorrect|unresponsive|glitch(?:ing|y|ed)|bugged|disappear(?:s|ing)|compromised|drained|phished|denied|suspended|flagged|blocked|keeps? (?:failing|crashing|freezing|loading|spinning|saying|showing|asking|rejecting|reverting)|trouble|confused|stopped working|not responding)\b/i;

const invitation = /\b(?:any(?:one|body)|who(?:'s| is)?|some(?:one|body)|you guys|y'?all)(?: else)? (?:want|wants|wanna|interested|down|up for|going|coming|joining|keen|free)\b|\bwho(?:'s| is) (?:in|around|playing)\b|\blet'?s\b|\b(?:anyone (?:here )?at|(?:u|you) going|going to the|coming to the|mind if i (?:dm|message)|meetups?|hackathons?|devcon|conferences?|party|memes?|banners?|newsletters?|podcasts?|articles?|interviews?|bbq|barbecue|asado|churrasco|fiesta|festa|dinner|cena|jantar|drinks|venue|spreadsheets?|planilhas?)\b|\b(?:could|can|shall) we (?:chat|talk|connect|meet|hop on a call)\b|\bwanna (?:collab|chat|talk|meet|grab|hop on)\b|\b(?:best way|how (?:can|do) i) (?:to )?(?:reach|contact) (?:you|u)\b|\bcan (?:you|u) send me (?:that|the|your)\b(?! (?:fix|solution|steps|link to fix))|\bdid (?:you|u) get (?:the|my) (?:calendar )?invite\b/i;

/** Scammers watch help channels and answer the people asking: a reply to a help request is the classic opening. */
export const replyToHelpRequest = defineSignal({
  id: 'reply-to-help-request',
  description: 'Replies to someone asking for help.',
  group: 'context',
  detect: ({ context }) => {
    const parent = context.replyToText;
    if (!parent) return undefined;
    // The foreign words are written for folded text, as every message is: "yardım", "được" read "yardim", "duoc"; folding
    // also turns the full-width "？" of Chinese and Japanese into "?". Folding costs a normalization: only when needed.
    if (!helpRequest.test(parent)) {
      const folded = foldText(parent);
      if (!foreignHelpRequest.test(folded) && !folded.includes('?')) return undefined;
    }
    // "anyone want to pair on the Cairo exercises?" is an invitation, not a call for help: a bare question
    // mark in an invitation does not make it one.
    if (isInvitation(parent) || asksForCreativeWork(parent)) return undefined;
    return `replying to "${parent.slice(0, 80)}"`;
  },
});

/**
 * A chat-app id asked for, or a meetup, in other languages: "카톡 아이디 알려줄 수 있어? 서울 밋업…". Its own regex on the
 * lowercased parent: under the `i` flag, V8 compiles case-folding checks for every non-ASCII letter of a pattern.
 */
const foreignInvitation = /(?:카톡|카카오톡|라인|텔레그램|ライン|テレグラム|微信|line|wechat|kakao(?:talk)?|telegram|whatsapp) ?(?:아이디|id|号|번호|number)|밋업|모임|오프라인|ミートアップ|オフ会|聚会|见面|подкаст|팟캐스트|ポッドキャスト|播客|文章|那篇|記事|기사|그 툴|툴 이름|ツール名/;

/** "could we chat about a role?", "best way to reach you outside Slack?": an invitation with no word of trouble. */
export function isInvitation(parent: string): boolean {
  return (invitation.test(parent) || foreignInvitation.test(parent.toLowerCase())) && !helpRequest.exec(parent.replace(/\?/g, ' '));
}

/**
 * "anyone know a good motion designer for a 30s launch trailer?": a hire, answered with a name and a handle. Only the
 * creative trades: "anyone know a dev / lawyer / expert who can get my funds back" is the bait recovery scammers answer.
 */
const creativeHire = /\b(?:know|recommend|suggest|looking for|need|hiring)\b[^.?!]{0,20}\b(?:designers?|artists?|animators?|(?:video )?editors?|copywriters?|translators?|illustrators?|photographers?|videographers?)\b/i;
const troubleWord = /\b(?:stuck|lost|hacked|drained|scammed|missing|recover\w*|funds|wallet|error|help me)\b/i;
const asksForCreativeWork = (parent: string) => creativeHire.test(parent) && !troubleWord.test(parent);

/** A role as a word of its own in a member's display name: "Mod | Jenna", "jenna.mod", "ⅯOD Sam" (not "modern"). */
const roleWord = /(?:^|[^a-z0-9])(?:mods?|staff|modmail|official)(?:[^a-z0-9]|$)/;

/** Display names that fold to a staff member's name or the project's "support"/"admin" identity. */
export const staffImpersonation = defineSignal({
  id: 'staff-impersonation',
  description: "The author's display name imitates a listed staff member, or claims support/admin.",
  group: 'context',
  detect: ({ context, config }) => {
    const name = context.authorDisplayName;
    if (!name || context.authorIsStaff) return undefined;
    const folded = skeleton(name);
    if (folded.length < 3) return undefined;
    const staff = config.staffNames.find((s) => {
      const target = skeleton(s);
      return target.length >= 3 && (folded === target || (target.length >= 5 && folded.includes(target)));
    });
    if (staff) return `display name "${name}" imitates staff "${staff}"`;
    if (/(?:support|helpdesk|admin|moderator|customercare|officialteam)/.test(folded) || (/mod|staff|official/.test(folded) && roleWord.test(foldName(name)))) return `display name "${name}"`;
    return undefined;
  },
});
