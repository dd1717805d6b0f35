import { useQuery } from '@tanstack/react-query';
import { call } from '../../../api/client';
import { useLocale } from '../../../i18n/LocaleContext';
import { queryKeys } from '../../../api/queryKeys';

/**
 * The core's quality checks of an unsaved draft (`catalogue.quality` {entry}): the same checks the
 * platform's reviewers apply, with the cached shared catalogue for 一数一源. Keyed under
 * `catalogue`, so a change to the catalogue (a duplicate name saved meanwhile) checks again.
 */
export function useDraftQuality(entry: unknown, enabled = true) {
  const { locale } = useLocale();
  return useQuery({
    queryKey: queryKeys.catalogue.of('draftQuality', locale, JSON.stringify(entry ?? null)),
    queryFn: async () => (await call('catalogue.quality', { entry })).entries[0],
    enabled,
    placeholderData: (previous) => previous,
  });
}
