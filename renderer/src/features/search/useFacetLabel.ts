import { useCallback } from 'react';
import { classificationPath, parseClassificationCode } from '@shared/domain/classification';
import type { EntryState, FormatClass, ShareType } from '@shared/domain/enums';
import type { SearchFacet } from '@shared/ipc/channels/search';
import { getProfile } from '@shared/profiles';
import { useWorkspaceInfo } from '../../api/hooks';
import { useLocale } from '../../i18n/LocaleContext';
import { useLabels } from '../catalogue/useLabels';

/** A facet value in the officer's words: share types in the profile's wording, classifications by their names. */
export function useFacetLabel() {
  const labels = useLabels();
  const { locale } = useLocale();
  const profile = getProfile(useWorkspaceInfo()?.profileId ?? 'national');
  return useCallback(
    (facet: SearchFacet, value: string): string => {
      switch (facet) {
        case 'shareType':
          return labels.shareType(value as ShareType);
        case 'formatClass':
          return labels.enumLabel('formatClass', value as FormatClass);
        case 'state':
          return labels.enumLabel('state', value as EntryState);
        case 'classification': {
          for (const scheme of profile.classifications) {
            const c = parseClassificationCode(scheme, value);
            const path = c ? classificationPath(c) : [];
            if (path.length) return path.map((l) => l[locale]).join(' › ');
          }
          return value;
        }
        default:
          return value;
      }
    },
    [labels, locale, profile],
  );
}
