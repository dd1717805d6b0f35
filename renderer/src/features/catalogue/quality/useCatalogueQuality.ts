import { useQuery } from '@tanstack/react-query';
import { call } from '../../../api/client';
import { useLocale } from '../../../i18n/LocaleContext';
import { queryKeys } from '../../../api/queryKeys';

/** Catalogues up to this size are checked when the screen opens; larger ones when the officer asks. */
export const AUTO_CHECK_MAX = 5_000;

/** The whole catalogue's quality report: per-entry scores and findings, and the catalogue's score. */
export function useCatalogueQuality(enabled: boolean) {
  const { locale } = useLocale();
  return useQuery({
    queryKey: queryKeys.catalogue.of('quality', locale),
    queryFn: () => call('catalogue.quality', {}),
    enabled,
    staleTime: 10_000,
  });
}
