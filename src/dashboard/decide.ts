/** Dashboard decisions: the same Screener.decide() the chat buttons call, so follow-up actions are identical. */
import type { Screener } from '../pipeline.js';
import type { DecisionStatus, ReviewItem } from '../types.js';
import type { Session } from './auth.js';

export const decisionStatuses: readonly DecisionStatus[] = ['confirmed-scam', 'false-positive', 'escalated'];

export interface DecisionReply {
  /** 200 applied, 404 no such item, 409 someone decided first. */
  code: 200 | 404 | 409;
  body: { applied: boolean; id: string; status?: ReviewItem['status']; decidedBy?: string; decidedAt?: string; error?: string };
}

export async function decideFromDashboard(screener: Screener, id: string, status: DecisionStatus, session: Session): Promise<DecisionReply> {
  const result = await screener.decide(id, { status, moderatorId: session.moderatorId, moderatorName: session.moderatorName });
  if (!result) return { code: 404, body: { applied: false, id, error: 'no such item' } };
  const { item } = result;
  const body = { applied: result.applied, id, status: item.status, decidedBy: item.decidedByName ?? item.decidedBy, decidedAt: item.decidedAt };
  return result.applied ? { code: 200, body } : { code: 409, body: { ...body, error: `already decided by ${body.decidedBy ?? 'someone else'}` } };
}
