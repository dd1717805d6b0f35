import type { KindEffects, SyncRegistration } from '../sync/public';
import { applySubmission, listIssue } from './repository';

/**
 * A list submission queued with its record (state `queued`). Accepted: it is with the reviewer
 * (`submitted`; the feed brings the rest). Rejected: `refused`, with the platform's issues at
 * their rows and fields — the lists themselves were never changed by submitting, so nothing is
 * left half-written.
 */
const submitEffects: KindEffects = {
  async accepted(tx, op, answer, meta) {
    await tx.run("UPDATE list_submissions SET state = 'submitted', platform_revision = max(platform_revision, ?), updated_at = ? WHERE id = ? AND state = 'queued'", [
      answer.revision,
      meta.at,
      op.entityId,
    ]);
  },
  async rejected(tx, op, answer, meta) {
    const refusal = { code: answer.code, reason: answer.reason, issues: (answer.issues ?? []).map((i) => listIssue(i.path, i.message)) };
    await tx.run("UPDATE list_submissions SET state = 'refused', refusal = ?, updated_at = ? WHERE id = ?", [JSON.stringify(refusal), meta.at, op.entityId]);
  },
};

/** What the lists send (`demandList.submit`, `responsibilityList.submit`, `openList.submit`) and receive (`list.update`). */
export const listSync: SyncRegistration = {
  operations: { 'demandList.submit': submitEffects, 'responsibilityList.submit': submitEffects, 'openList.submit': submitEffects },
  changes: {
    'list.update': {
      async apply(tx, { submission }, meta) {
        await applySubmission(tx, submission, meta.at);
        meta.changed({ entity: 'lists', id: submission.id, action: 'sync' });
      },
    },
  },
};
