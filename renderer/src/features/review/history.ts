import type { RequestEvent } from '@shared/protocol/review';

/** One request's steps out of a listing's history (already oldest first). */
export function historyOf(events: readonly RequestEvent[] | undefined, requestId: string): RequestEvent[] {
  return (events ?? []).filter((e) => e.requestId === requestId);
}
