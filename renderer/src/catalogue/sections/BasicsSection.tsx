import { Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { IssueField } from '../../form/IssueField';
import { ProviderFields, SummaryField } from './BasicFields';
import { FormSection } from './FormSection';

/** 信息资源名称, 提供方 and its code, 内设科室, 摘要. */
export function BasicsSection() {
  const { t } = useTranslation('catalogue');
  return (
    <FormSection id="basics" title={t('section.basics')}>
      <IssueField name={['name']} label={t('field.name')} required>
        <Input maxLength={100} showCount placeholder={t('placeholder.name')} />
      </IssueField>
      <ProviderFields />
      <IssueField name={['providerUnit']} label={t('field.providerUnit')}>
        <Input maxLength={100} placeholder={t('placeholder.providerUnit')} />
      </IssueField>
      <SummaryField />
    </FormSection>
  );
}
