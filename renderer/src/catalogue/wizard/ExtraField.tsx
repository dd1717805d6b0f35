import { Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DEPLOYMENT_NETWORKS, DOCKING_METHODS, SCENARIOS, SPATIAL_SCOPES, THEMES } from '@shared/domain/enums';
import { labelOf, type VocabularyName } from '@shared/domain/labels';
import type { JurisdictionProfile, RequiredField } from '@shared/profiles';
import { IssueField } from '../../form/IssueField';
import { useLocale } from '../../i18n/LocaleContext';

/** Enumerated extra fields and their values; the rest are free text. */
const ENUMS: Partial<Record<RequiredField, { vocabulary: VocabularyName; values: readonly string[] }>> = {
  deploymentNetwork: { vocabulary: 'deploymentNetwork', values: DEPLOYMENT_NETWORKS },
  theme: { vocabulary: 'theme', values: THEMES },
  scenario: { vocabulary: 'scenario', values: SCENARIOS },
  spatialScope: { vocabulary: 'spatialScope', values: SPATIAL_SCOPES },
  dockingMethod: { vocabulary: 'dockingMethod', values: DOCKING_METHODS },
};
const LONG_TEXT: readonly RequiredField[] = ['usageRequirements'];

/** One extension field of the cycle step (DOMAIN §1.1 extras), required when the profile says so. */
export function ExtraField({ field, profile }: { field: RequiredField; profile: JurisdictionProfile }) {
  const { t } = useTranslation('wizard');
  const { locale } = useLocale();
  const choice = field === 'dataGrade' ? { vocabulary: 'dataGrade' as const, values: profile.dataGrades } : ENUMS[field];
  let control;
  if (choice) {
    control = (
      <Select
        options={choice.values.map((v) => ({ value: v, label: labelOf(choice.vocabulary, v as never, locale) }))}
        allowClear
        placeholder={t('placeholder.choose')}
        data-testid={field}
      />
    );
  } else if (LONG_TEXT.includes(field)) control = <Input.TextArea rows={2} maxLength={500} />;
  else if (field === 'publishedOn') control = <Input maxLength={10} placeholder={t('placeholder.date')} />;
  else control = <Input maxLength={200} />;
  return (
    <IssueField name={[field]} label={t(`extra.${field}`)} required={profile.requiredFields.includes(field)}>
      {control}
    </IssueField>
  );
}
