/**
 * The only place that combines a verdict, a community's config and the author's standing into actions.
 * Pure: no I/O, no platform types.
 */
import type { CommunityConfig } from './config.js';
import type { Author, PlannedAction, Verdict } from './types.js';

export interface PolicyInput {
  verdict: Verdict;
  community: CommunityConfig;
  author: Author;
  channelId: string;
  /** The bot's own user id on this platform: it never acts on itself. */
  selfId?: string;
}

export type Exemption = 'self' | 'bot' | 'exempt-user' | 'exempt-role' | 'exempt-channel';

export interface PolicyDecision {
  actions: PlannedAction[];
  /** Why nothing was done, when an exemption applied. */
  exemptBecause?: Exemption;
}

export function exemption(input: Omit<PolicyInput, 'verdict'>): Exemption | undefined {
  const { community, author, channelId, selfId } = input;
  if (selfId && author.id === selfId) return 'self';
  if (author.isBot) return 'bot';
  if (community.exemptUsers.includes(author.id)) return 'exempt-user';
  if (author.roles.some((role) => community.exemptRoles.includes(role))) return 'exempt-role';
  if (community.exemptChannels.includes(channelId)) return 'exempt-channel';
  return undefined;
}

export function decideActions(input: PolicyInput): PolicyDecision {
  const exemptBecause = exemption(input);
  if (exemptBecause) return { actions: [], exemptBecause };

  const { verdict, community } = input;
  if (verdict.label === 'clean') return { actions: [] };

  const dryRun = community.mode === 'dry-run';
  const deletes = verdict.label === 'scam' && community.mode !== 'flag-only';
  const actions: PlannedAction[] = [{ kind: deletes ? 'delete' : 'flag', dryRun }];
  // A deleted scam still gets a review card so moderators can confirm or undo it.
  if (deletes) actions.push({ kind: 'flag', dryRun });
  return { actions };
}

/** Escalation after a moderator confirms a scam: off unless configured. */
export function escalationFor(community: CommunityConfig, confirmedScamsByAuthor: number): PlannedAction | undefined {
  const { afterConfirmed, action, timeoutMinutes } = community.escalation;
  if (afterConfirmed <= 0 || confirmedScamsByAuthor < afterConfirmed) return undefined;
  const dryRun = community.mode === 'dry-run';
  return action === 'ban' ? { kind: 'ban', dryRun } : { kind: 'timeout', dryRun, minutes: timeoutMinutes };
}
