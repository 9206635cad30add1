import { defineSignal, firstMatch } from './define.js';
import { foreignSupportIdentity } from './multilingual.js';

/** Claims to be the project's support: a real team does not introduce itself in replies to strangers. */
const team = '(?:support|help|helpdesk|help ?desk|customer (?:care|service|support)|technical|tech|moderation|mod|admin|resolution|security|compliance|recovery|assistance|escalations?|wallet ?support|integration)';
const patterns = [
  /\b(?:i am|i'm|im|we are|we're|this is) (?:an? |the )?(?:official |verified |certified |senior |lead )?(?:support|help ?desk|customer (?:care|service|support)|technical support|tech support|admin|moderator|community manager|support (?:agent|staff|rep(?:resentative)?|engineer))(?: (?:team|agent|staff|member|rep(?:resentative)?|officer|manager|lead))?\b/,
  new RegExp(`\\b(?:i am|i'm|im|we are|we're|this is)(?: an?| the)? (?:from|with|part of|a member of|on|representing|of) (?:the |our )?(?:[a-z0-9]+ )?${team} ?(?:team|department|desk|unit|center|centre|staff)\\b`),
  /\b(?:admin|support|mod|moderator) here\b|\bvolunteer (?:helper|support|moderator|mod)\b/,
  new RegExp(`\\b(?:contact|reach(?: out to)?|message|write to|talk to|chat with|consult|report (?:this |it |your (?:issue|problem|complaint) )?to|kindly (?:reach|contact)) (?:the |our |an? |their |official )?(?:official )?(?:[a-z]+ )?(?:${team} (?:team|desk|center|centre|agent|staff|portal|line|chat|page|site|bot)|help ?center|help ?centre|live (?:chat|support|agent)|support)\\b`),
  /\b(?:ticket|case|reference|ref|complaint|incident)(?: (?:id|no|number))?\.? ?[#:]? ?(?:[a-z]{1,5}-)?\d{3,}\b/,
  /\b(?:your|ur|this) (?:issue|complaint|request|case|ticket|problem|query|report)(?: has| was| is| will be| have)? (?:been |being )?(?:escalated|forwarded|reviewed|logged|assigned|received|flagged to)\b|\bescalated to (?:tier|level|our|the)\b|\b(?:tier|level)[- ]?[23] (?:support|team|queue|agent)\b/,
  /\b(?:has been|was|is) assigned to your (?:case|ticket|issue)\b|\b(?:support|help) (?:ticket|case) (?:for you|has been|was)\b/,
  /\b(?:live (?:chat|agent|support)|support (?:chat|portal|live chat|bot|representative))\b|\b(?:technician|support agent|support engineer)s? (?:will|can|is going to)\b/,
  ...foreignSupportIdentity,
];

export const supportIdentity = defineSignal({
  id: 'support-identity',
  description: 'Claims a support identity ("I\'m from the support team", "admin here", "customer care") or a ticket number.',
  group: 'pretext',
  detect: ({ text }) => firstMatch(text, patterns),
});
