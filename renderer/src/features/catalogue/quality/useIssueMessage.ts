import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { QualityIssueView } from '@shared/ipc/channels/catalogue';
import { issueMessageKey } from '@shared/quality/score';
import { useFieldLabel } from './useFieldLabel';

/**
 * A finding's message worded here, in the current language, with a required field named as the
 * form names it; the core's own wording (its locale at check time) when the key is unknown.
 */
export function useIssueMessage() {
  const { t, i18n } = useTranslation('messages');
  const fieldLabel = useFieldLabel();
  return useCallback(
    (issue: QualityIssueView): string => {
      const key = issue.code === 'sensitiveItem' ? `catalogue.quality.sensitiveItem.${String(issue.params?.kind)}` : issueMessageKey(issue);
      if (!i18n.exists(key, { ns: 'messages' })) return issue.message;
      const params: Record<string, string | number> = { ...(issue.params ?? {}) };
      if (typeof params.field === 'string') params.field = fieldLabel(params.field);
      return t(key, params);
    },
    [t, i18n, fieldLabel],
  );
}
