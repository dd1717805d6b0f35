import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { OPEN_METHODS, OPEN_TYPES, type OpenType } from '@shared/domain/enums';
import { labelOf } from '@shared/domain/labels';
import type { JurisdictionProfile } from '@shared/profiles';
import { IssueField } from '../../../form/IssueField';
import { useLocale } from '../../../i18n/LocaleContext';
import { useLabels } from '../useLabels';

/** 开放属性: conditional opening states its condition (and, for 雨花, its form). */
export function OpenFields({ profile }: { profile: JurisdictionProfile }) {
  const { t } = useTranslation('catalogue');
  const { t: tw } = useTranslation('wizard');
  const { locale } = useLocale();
  const labels = useLabels();
  const openType = Form.useWatch<OpenType | undefined>('openType');
  return (
    <>
      <IssueField name={['openType']} label={t('field.openType')} required>
        <Select options={OPEN_TYPES.map((v) => ({ value: v, label: labels.openType(v) }))} allowClear placeholder={t('placeholder.choose')} data-testid="openType" />
      </IssueField>
      {openType === 'conditional' ? (
        <>
          <IssueField name={['openCondition']} label={t('field.openCondition')} required>
            <Input.TextArea rows={2} maxLength={500} placeholder={t('placeholder.openCondition')} />
          </IssueField>
          {profile.requiresOpenMethod ? (
            <IssueField name={['openMethod']} label={tw('field.openMethod')} required>
              <Select options={OPEN_METHODS.map((v) => ({ value: v, label: labelOf('openMethod', v, locale) }))} allowClear placeholder={t('placeholder.choose')} />
            </IssueField>
          ) : null}
        </>
      ) : null}
    </>
  );
}
