import { useTranslation } from 'react-i18next';
import { ExtraFieldGrid } from './ExtraFieldGrid';
import { EXTENSION_FIELDS } from './extraFields';
import { FormSection } from './FormSection';

/** The remaining extension fields (system, scope, sync, the 大普查 figures, remarks). */
export function ExtensionsSection() {
  const { t } = useTranslation('catalogue');
  return (
    <FormSection id="extensions" title={t('section.extensions')}>
      <ExtraFieldGrid fields={EXTENSION_FIELDS} />
    </FormSection>
  );
}
