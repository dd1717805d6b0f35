import { useTranslation } from 'react-i18next';
import { useProfile } from '../useProfile';
import { FormSection } from './FormSection';
import { OpenFields } from './OpenFields';
import { ShareMethodFields, ShareTypeFields } from './ShareFields';

/** 共享属性 and 开放属性, the same fields as the wizard's sharing and opening steps. */
export function SharingSection() {
  const { t } = useTranslation('catalogue');
  const profile = useProfile();
  return (
    <FormSection id="sharing" title={t('section.sharing')}>
      <ShareTypeFields />
      <ShareMethodFields profile={profile} />
      <OpenFields profile={profile} />
    </FormSection>
  );
}
