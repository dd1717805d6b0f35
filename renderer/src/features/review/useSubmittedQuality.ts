import { useMemo } from 'react';
import type { QualityIssueView } from '@shared/ipc/channels/catalogue';
import { getProfile } from '@shared/profiles';
import type { SubmittedEntry } from '@shared/protocol/records';
import { checkDraft, entryScore } from '@shared/quality';
import { useWorkspaceInfo } from '../../api/hooks';

/**
 * The quality report of a submitted entry, by the same shared checks the officer ran before
 * submitting, for the submitting department under this workspace's jurisdiction profile. It has no
 * department catalogue to compare names with: duplicates are the platform's to refuse.
 */
export function useSubmittedQuality(submitted: SubmittedEntry | undefined): { score: number; issues: QualityIssueView[] } | undefined {
  const profileId = useWorkspaceInfo()?.profileId ?? 'national';
  return useMemo(() => {
    if (!submitted) return undefined;
    const issues = checkDraft(submitted.entry, {
      profile: getProfile(profileId),
      departmentCode: submitted.departmentCode,
      departmentName: submitted.departmentName,
    });
    // The message is the renderer's to word (useIssueMessage); the code is the fallback.
    return { score: entryScore(issues), issues: issues.map((i) => ({ ...i, message: i.code })) };
  }, [submitted, profileId]);
}
