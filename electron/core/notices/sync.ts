import type { KindEffects, SyncRegistration } from '../sync/public';
import { applyNotice, NOTICE_ENTITY } from './repository';

/**
 * `notice.answer`: the answer was queued with the notice in `answerQueued`. Accepted: the feed
 * brings the answered notice. Rejected (say, the authority concluded it meanwhile): the notice goes
 * back to owing an answer, the draft kept, so the officer sees it and can answer again.
 */
const answerEffects: KindEffects = {
  async rejected(tx, op) {
    await tx.run("UPDATE notices SET state = CASE WHEN conclusion IS NULL THEN 'issued' ELSE 'reopened' END WHERE id = ? AND state = 'answerQueued'", [op.entityId]);
  },
};

/** What notices send (`notice.answer`) and receive (`notice.update`). */
export const noticeSync: SyncRegistration = {
  operations: { 'notice.answer': answerEffects },
  changes: {
    'notice.update': {
      async apply(tx, { notice }, meta) {
        await applyNotice(tx, notice);
        meta.changed({ entity: 'notices', id: notice.id, action: 'sync' });
      },
    },
  },
};

export { NOTICE_ENTITY };
