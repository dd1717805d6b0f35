import { Input, InputNumber, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { DEPLOYMENT_NETWORKS, DOCKING_METHODS, SCENARIOS, SPATIAL_SCOPES, SYNC_MECHANISMS, THEMES } from '@shared/domain/enums';
import { labelOf, type VocabularyName } from '@shared/domain/labels';
import type { JurisdictionProfile } from '@shared/profiles';
import { IssueField } from '../../../form/IssueField';
import { useLocale } from '../../../i18n/LocaleContext';
import { ClassificationCascader } from './ClassificationCascader';
import { controlOf, type ExtraFieldName } from './extraFields';

/** Enumerated extra fields and their values (数据分级 comes from the profile). */
const ENUMS: Partial<Record<ExtraFieldName, { vocabulary: VocabularyName; values: readonly string[] }>> = {
  deploymentNetwork: { vocabulary: 'deploymentNetwork', values: DEPLOYMENT_NETWORKS },
  theme: { vocabulary: 'theme', values: THEMES },
  scenario: { vocabulary: 'scenario', values: SCENARIOS },
  spatialScope: { vocabulary: 'spatialScope', values: SPATIAL_SCOPES },
  syncMechanism: { vocabulary: 'syncMechanism', values: SYNC_MECHANISMS },
  dockingMethod: { vocabulary: 'dockingMethod', values: DOCKING_METHODS },
};

/** One extension field (an optional metadata element beyond the 13 core ones), required when the profile says so; the wizard and the entry editor both use it. */
export function ExtraField({ field, profile }: { field: ExtraFieldName; profile: JurisdictionProfile }) {
  const { t } = useTranslation('wizard');
  const { locale } = useLocale();
  const kind = controlOf(field);
  const choice = field === 'dataGrade' ? { vocabulary: 'dataGrade' as const, values: profile.dataGrades } : ENUMS[field];
  let control;
  if (kind === 'choice' && choice) {
    control = (
      <Select
        options={choice.values.map((v) => ({ value: v, label: labelOf(choice.vocabulary, v as never, locale) }))}
        allowClear
        placeholder={t('placeholder.choose')}
        data-testid={field}
      />
    );
  } else if (kind === 'classification') control = <ClassificationCascader schemes={profile.classifications} />;
  else if (kind === 'longText') control = <Input.TextArea rows={2} maxLength={field === 'remarks' ? 1000 : 500} />;
  else if (kind === 'date') control = <Input maxLength={10} placeholder={t('placeholder.date')} />;
  else if (kind === 'switch') control = <Switch data-testid={field} />;
  else if (kind === 'amount') control = <InputNumber min={0} className="extra-amount" />;
  else if (kind === 'codes') control = <Select mode="tags" open={false} suffixIcon={null} placeholder={t('placeholder.codes')} className="mono" />;
  else control = <Input maxLength={500} />;
  return (
    <IssueField
      name={[field]}
      label={t(`extra.${field}`)}
      required={profile.requiredFields.includes(field as never)}
      {...(kind === 'switch' ? { valuePropName: 'checked' } : {})}
    >
      {control}
    </IssueField>
  );
}
