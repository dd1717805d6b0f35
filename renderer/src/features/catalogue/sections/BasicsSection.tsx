import { useTranslation } from 'react-i18next';
import { useProfile } from '../useProfile';
import { CodeFields, NameFields, ProviderFields, SummaryField } from './BasicFields';
import { FormSection } from './FormSection';

/** 资源类型, 信息资源名称 (and English name), 代码, 提供方 and its code, 内设科室, 摘要. */
export function BasicsSection() {
  const { t } = useTranslation('catalogue');
  const profile = useProfile();
  return (
    <FormSection id="basics" title={t('section.basics')}>
      <NameFields profile={profile} />
      <CodeFields profile={profile} />
      <ProviderFields />
      <SummaryField />
    </FormSection>
  );
}
