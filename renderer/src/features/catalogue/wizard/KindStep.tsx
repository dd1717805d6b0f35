import { Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { labelOf } from '@shared/domain/labels';
import type { JurisdictionProfile } from '@shared/profiles';
import { IssueField } from '../../../form/IssueField';
import { useLocale } from '../../../i18n/LocaleContext';

/** Step 0 where the profile catalogues non-data resources (拱墅): which kind of resource this is; data is chosen to begin with. */
export function KindStep({ profile }: { profile: JurisdictionProfile }) {
  const { t } = useTranslation('wizard');
  const { locale } = useLocale();
  return (
    <div className="wizard-step" data-step="kind">
      <Typography.Paragraph type="secondary">{t('kind.source')}</Typography.Paragraph>
      <IssueField name={['kind']} label={t('kind.title')} required>
        <Radio.Group data-testid="kind-choice">
          <Space direction="vertical">
            {profile.resourceKinds.map((k) => (
              <Radio key={k} value={k} data-kind={k}>
                <Typography.Text strong>{labelOf('kind', k, locale)}</Typography.Text>
                <Typography.Text type="secondary"> — {t(`kind.hint.${k}`)}</Typography.Text>
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </IssueField>
    </div>
  );
}
