/** Slack Web API failures as short codes (`message_not_found`, `ratelimited`, …), never with tokens. */
import type { ActionResult } from '../../src/platform.js';

/** The Slack error code of a failed Web API call, or the error's message for transport failures. */
export function slackErrorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const data = (error as { data?: { error?: unknown } }).data;
    if (typeof data?.error === 'string') return data.error;
    const code = (error as { code?: unknown }).code;
    if (code === 'slack_webapi_rate_limited_error') return 'ratelimited';
    if (error instanceof Error) return error.message;
  }
  return String(error);
}

/** Runs a Web API call and turns a thrown Slack error into a failed ActionResult. */
export async function attempt(call: () => Promise<unknown>): Promise<ActionResult> {
  try {
    await call();
    return { ok: true };
  } catch (error) {
    return { ok: false, error: slackErrorCode(error) };
  }
}
