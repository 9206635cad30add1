import { hasUnofficialLink } from '../links.js';
import { defineSignal, firstMatch, gate, mayMatch, type SignalInput } from './define.js';
import { foreignSupportIdentity } from './multilingual.js';

/** Claims to be the project's support: a real team does not introduce itself in replies to strangers. */
const team = '(?:support|help|helpdesk|help ?desk|customer (?:care|service|support)|technical|tech|moderation|mod|admin|resolution|security|compliance|recovery|assistance|escalations?|wallet ?support|integration|validator|ops|operations|relayer)';
/**
 * "contact the support team at <somewhere>": a redirect to a support desk. Without a destination (a link that is
 * not official, a handle, an address, a live chat), "contact coinbase support" is everyday advice.
 */
const contactSupport = gate("contact reach message write talk chat consult report kindly raise", new RegExp(`\\b(?:contact|reach(?: out to)?|message|write to|talk to|chat with|consult|raise (?:it|this|that|the issue|your issue) with|report (?:this |it |your (?:issue|problem|complaint) )?to|kindly (?:reach|contact)) (?:the |our |an? |their |official )?(?:official )?(?:[a-z]+ )?(?:${team} (?:team|desk|center|centre|agent|staff|portal|line|chat|page|site|bot)|help ?center|help ?centre|live (?:chat|support|agent)|support)\\b`));
const destination = /@|\b(?:live (?:chat|agent|support)|telegram|whats ?app|t\.me|wa\.me|dms?|pms?|inbox|privately|via (?:the )?(?:link|form|chat)|link (?:below|above)|this link|the link)\b|\d{3}[\s.-]?\d{4}/;
/** "the 24/7 support desk is here → <link>": points at a desk, so it needs a link that is not official. */
const deskAt = gate("desk helpdesk team center centre portal form page site", /\b(?:(?:support|help|resolution|recovery) (?:desk|team|center|centre|portal)|helpdesk)(?: is| are)? (?:right here|here|over at|available at|reachable at|open at|at)\b|\b(?:on|at|via|through|in) (?:our|the) (?:official )?(?:support|help|resolution|recovery|claims?|ticket) (?:portal|desk|center|centre|form|page|site)\b/);
/** A desk named by what it promises, or said to have moved: "a 24/7 chat at <link>", "they moved support to <link>". */
const deskNamed = gate("dedicated 24 live moved migrated switched", /\b(?:dedicated|24\/7|24-7|live) (?:support |help )?(?:desk|chat|line|agent|team)\b|\b(?:moved|migrated|switched) (?:the |our |their )?(?:support|help ?desk|helpdesk|ticketing|tickets) (?:over )?to\b/);
function contactsUnofficialDesk(input: SignalInput): string | undefined {
  // Without a contact verb nothing below can match: skip the destination regex (most messages have none).
  const contact = mayMatch(input, contactSupport);
  const desk = mayMatch(input, deskAt) || mayMatch(input, deskNamed);
  if (!contact && !desk) return undefined;
  const unofficialLink = hasUnofficialLink(input.links, input.config.officialDomains);
  // A desk "here" or "at" needs that link; a contact verb also counts with a handle, an address or a live chat.
  return (desk && unofficialLink ? firstMatch(input, [deskAt, deskNamed]) : undefined) ??
    (contact && (unofficialLink || destination.test(input.text)) ? firstMatch(input, [contactSupport]) : undefined);
}

const patterns = [
  gate("support helpdesk help desk customer technical tech admin moderator community", /\b(?:i am|i'm|im|we are|we're|this is) (?:an? |the )?(?:official |verified |certified |senior |lead )?(?:support|help ?desk|customer (?:care|service|support)|technical support|tech support|admin|moderator|community manager|support (?:agent|staff|rep(?:resentative)?|engineer))(?: (?:team|agent|staff|member|rep(?:resentative)?|officer|manager|lead))?\b/),
  gate("team teams department desk helpdesk unit center centre staff crew squad", new RegExp(`\\b(?:i am|i'm|im|we are|we're|this is)(?: an?| the)? (?:from|with|part of|a member of|on|representing|of) (?:the |our )?(?:[a-z0-9]+ )?${team} ?(?:team|department|desk|unit|center|centre|staff|crew|squad)\\b`)),
  gate("here volunteer", /\b(?:admin|support|mod|moderator|cm|community manager) here\b|\bvolunteer (?:helper|support|moderator|mod)\b|(?:^|[.!?] ?)(?:(?:hi|hey|hello|gm),? )?(?:(?:the )?official )?(?:[a-z0-9]+ ){0,2}(?:team|dev|devrel|developer|staff|ambassador)(?: member)? here(?= ?[.,!:;—-]|\s*[\u0080-\uffff]|$)/),
  // "head admin", "heads up from the mod team", "Staff update:", "mods are doing manual wallet checks today".
  gate("head lead chief from by staff mod mods admin admins team update notice announcement doing running handling processing distributing", /\b(?:head|lead|chief) (?:admin|mod|moderator)\b|\b(?:from|by) the (?:mod|admin|support|moderation|dev) team\b|^\W*(?:staff|mod|admin|team) (?:update|notice|announcement)\b|\b(?:mods?|admins?|team|support|devs?|we)(?: are|'re| is) (?:doing|running|handling|processing|distributing|sending)\b[^.!?]{0,40}\b(?:manual(?:ly)?|individual(?:ly)?|personal(?:ly)?|one by one|1-on-1|privately)\b/),
  // A desk reached off the platform: "the relayer desk on Telegram (@CorvidRelayDesk)".
  gate("desk helpdesk agent agents", /\b(?:desk|helpdesk|agents?) (?:on|via) (?:telegram|tg|whats ?app|signal)\b/),
  // "I handle escalations for Orbyt", "as an admin of this server I can confirm".
  gate("handle manage run lead escalations tickets support desk helpdesk disputes refunds recovery care", /\bi (?:handle|manage|run|lead) (?:the )?(?:escalations|tickets|support|help ?desk|helpdesk|disputes|refunds|recovery|customer care)\b/),
  // "Yes I'm on the core team", "u have a pending ticket".
  gate("on in part team pending open active ticket case", /\b(?:i'?m|i am) (?:on|in|part of) the (?:core |dev |support |official )?team\b|\b(?:you|u) have (?:a |an )?(?:pending|open|active) (?:ticket|case|request)\b/),
  // "i work for ledger support, add me".
  gate("work works worked", /\bi (?:work|worked) (?:for|at|with|in) (?:the )?(?:[a-z0-9]+ ){0,2}(?:support|customer (?:care|service|support)|help ?desk|helpdesk|security team|compliance team)\b/),
  gate("as", /\bas (?:an?|the) (?:admin|administrator|moderator|mod|support agent|team member)(?: (?:of|in|for|on) (?:this|the) (?:server|community|group|channel|project|discord))?,? (?:i|we)\b/),
  // "I'm a contributor on the keeper bot": an insider's title nobody can check (a dev saying so is too common to count).
  gate("contributor contributors integration integrations", /\b(?:i'?m|i am) (?:a |an |one of the )?(?:core )?(?:contributors?|integrations? (?:engineer|specialist|lead)) (?:on|at|for|of|with|from) (?:the )?[a-z0-9]+/),
  // Standing in for staff: "the mods are busy so I'm helping out", "admins are offline, I can assist".
  gate("busy offline away swamped overloaded unavailable", /\b(?:mods?|admins?|moderators?|team|support|staff)(?: team)? (?:are|is) (?:all |currently |a bit )?(?:busy|offline|away|swamped|overloaded|unavailable)\b[^.!?]{0,40}\b(?:i'?m|i am|i'?ll|i will|i can|let me)\b/),
  gate("ticket case reference ref complaint incident", /\b(?:ticket|case|reference|ref|complaint|incident)(?: (?:id|no|number))?\.? ?[#:]? ?(?:[a-z]{1,5}-)?\d{3,}\b/),
  gate("escalated forwarded reviewed logged assigned received flagged tier level tier2 tier3 level2 level3", /\b(?:your|ur|this) (?:issue|complaint|request|case|ticket|problem|query|report)(?: has| was| is| will be| have)? (?:been |being )?(?:escalated|forwarded|reviewed|logged|assigned|received|flagged to)\b|\bescalated to (?:tier|level|our|the)\b|\b(?:tier|level)[- ]?[23] (?:support|team|queue|agent)\b/),
  gate("assigned ticket case", /\b(?:has been|was|is) assigned to your (?:case|ticket|issue)\b|\b(?:support|help) (?:ticket|case) (?:for you|has been|was)\b/),
  gate("live support technician technicians agent agents engineer engineers chat portal bot representative", /\b(?:live (?:chat|agent|support)|support (?:chat|portal|live chat|bot|representative)|help ?desk bot|ticket bot)\b|\b(?:technician|support agent|support engineer)s? (?:will|can|is going to)\b/),
  ...foreignSupportIdentity,
];

export const supportIdentity = defineSignal({
  id: 'support-identity',
  description: 'Claims a support identity ("I\'m from the support team", "admin here", "customer care") or a ticket number.',
  group: 'pretext',
  detect: (input) => firstMatch(input, patterns) ?? contactsUnofficialDesk(input),
});
