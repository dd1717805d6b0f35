import { useTranslation } from 'react-i18next';
import { ExtraFieldGrid } from './ExtraFieldGrid';
import { GRADING_FIELDS } from './extraFields';
import { FormSection } from './FormSection';

/** 资源分类, 数据分级, 使用要求 and who answers for the resource: what profiles most often require. */
export function GradingSection() {
  const { t } = useTranslation('catalogue');
  return (
    <FormSection id="grading" title={t('section.grading')}>
      <ExtraFieldGrid fields={GRADING_FIELDS} />
    </FormSection>
  );
}
