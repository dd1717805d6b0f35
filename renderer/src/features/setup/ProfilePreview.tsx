import { Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { OPEN_TYPES, SHARE_TYPES } from '@shared/domain/enums';
import { getProfile, type ProfileId } from '@shared/profiles';
import { useLocale } from '../../i18n/LocaleContext';

const COLORS = { unconditional: 'green', conditional: 'gold', none: 'default' } as const;

/** The wording a profile gives the share and open types: what the officer will see in every form. */
export function ProfilePreview({ profileId }: { profileId: ProfileId }) {
  const { t } = useTranslation('setup');
  const { locale } = useLocale();
  const profile = getProfile(profileId);
  return (
    <Descriptions size="small" column={1} bordered className="profile-preview" data-testid="profile-preview">
      <Descriptions.Item label={t('preview.shareTypes')}>
        {SHARE_TYPES.map((s) => (
          <Tag key={s} color={COLORS[s]}>
            {profile.shareTypeLabels[s][locale]}
          </Tag>
        ))}
      </Descriptions.Item>
      <Descriptions.Item label={t('preview.openTypes')}>
        {OPEN_TYPES.map((o) => (
          <Tag key={o} color={COLORS[o]}>
            {profile.openTypeLabels[o][locale]}
          </Tag>
        ))}
      </Descriptions.Item>
      <Descriptions.Item label={t('preview.source')}>
        {profile.regulation.title}（{profile.regulation.number}）
      </Descriptions.Item>
    </Descriptions>
  );
}
