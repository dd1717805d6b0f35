import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenType, ShareType } from '@shared/domain/enums';
import { getProfile } from '@shared/profiles';
import { useWorkspaceInfo } from '../../api/hooks';
import { useLocale } from '../../i18n/LocaleContext';

/**
 * Labels of the catalogue's enumerations in the current language. Share and open types use the
 * wording of the workspace's jurisdiction profile; the rest come from the i18n files.
 */
export function useLabels() {
  const { t } = useTranslation('catalogue');
  const { locale } = useLocale();
  const profile = getProfile(useWorkspaceInfo()?.profileId ?? 'national');
  const shareType = useCallback((v: ShareType) => profile.shareTypeLabels[v][locale], [profile, locale]);
  const openType = useCallback((v: OpenType) => profile.openTypeLabels[v][locale], [profile, locale]);
  const enumLabel = useCallback((group: string, v: string) => t(`enum.${group}.${v}`, { defaultValue: v }), [t]);
  // 格式分类 / 格式类型 as one reading (`Database / SQL Server`), never the stored codes.
  const format = useCallback(
    (formatClass: string, formatType?: string) => [enumLabel('formatClass', formatClass), formatType ? enumLabel('formatType', formatType) : undefined].filter(Boolean).join(' / '),
    [enumLabel],
  );
  return useMemo(() => ({ shareType, openType, enumLabel, format }), [shareType, openType, enumLabel, format]);
}

/** Select options for a list of enumeration values. */
export function useOptions(group: string, values: readonly string[]) {
  const { enumLabel } = useLabels();
  return useMemo(() => values.map((v) => ({ value: v, label: enumLabel(group, v) })), [enumLabel, group, values]);
}
