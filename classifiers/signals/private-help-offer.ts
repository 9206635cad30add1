import { defineSignal, firstMatch, gate } from './define.js';
import { replyToHelpRequest } from './context.js';
import { offPlatformContact } from './off-platform-contact.js';

/**
 * The fake-support move in one message: an offer of help, or talk of the reader's problem, together with a
 * way off the public channel ("I can fix this, dm me", "for assistance message the admin", "had the same
 * issue, check your inbox"). Either half alone is everyday chat; together they are the opening of a theft
 * that happens where moderators cannot see it.
 */
const helpTalk = [
  gate("help assist guide fix solve sort resolve walk", /\b(?:i|we)(?:'ll| will| can| could|'d| would| am here to| are here to)? (?:be (?:glad|happy) to |gladly |definitely |easily )?(?:help|assist|guide|fix|solve|sort|resolve|walk (?:you|u) through)\b/),
  gate("let allow help assist guide fix", /\b(?:let me|allow me to|lemme|happy to|glad to|here to) (?:help|assist|guide|fix)\b/),
  gate("help assistance support guidance fix solution issue issues problem problems case complaint", /\b(?:for|with|get|need|needs|requires?) (?:any )?(?:help|assistance|support|guidance|a fix|the fix|the solution|a solution|your (?:issue|problem|case|complaint)|(?:any|all) (?:issues?|problems?))\b/),
  gate("helping", /\b(?:i'?m|i am|we'?re|we are) helping (?:people|everyone|users|members|folks|others)\b/),
  gate("issue problem error", /\b(?:had|have|faced|got|fixed|solved) (?:the )?(?:same|similar|this exact|this|that) (?:issue|problem|error)\b/),
  gate("fix solution", /\b(?:easy|quick|simple|instant|sure|the|a) (?:fix|solution)\b/),
  // "I'll explain whats actually going on", "found a workaround", "know people who can help", "helped 4 people today".
  gate("explain show look check point sort share send workaround config route way guy someone people person team helped", /\b(?:i'?ll|i will|i can|i could|let me|lemme|happy to)\b[^.!?]{0,15}\b(?:explain|show|look (?:at|into)|take a look|check|point|sort|share|send)\b|\b(?:workaround|working config|the (?:real )?fix|exit route|a way (?:to|around))\b|\b(?:know|found) (?:the |a )?(?:guy|someone|people|person|team) (?:who|that) can\b|\bhelped \d+ (?:people|others|users|members)\b/),
  gate("issues issue problems problem trouble difficulties difficulty", /\b(?:having|facing|experiencing|with|any) (?:an? )?(?:issues?|problems?|trouble|difficult(?:y|ies))\b/),
];

export const privateHelpOffer = defineSignal({
  id: 'private-help-offer',
  description: 'An offer of help or talk of the reader\'s problem, in a message that moves the conversation off the channel.',
  group: 'pretext',
  detect: (input) => {
    // "I can help, message me" answering "anyone want to pair on the exercises?" offers company, not support.
    if (input.context.replyToText !== undefined && replyToHelpRequest.detect(input) === undefined) return undefined;
    const help = firstMatch(input, helpTalk);
    if (!help) return undefined;
    const contact = offPlatformContact.detect(input);
    return contact ? `${help} … ${contact}` : undefined;
  },
});
