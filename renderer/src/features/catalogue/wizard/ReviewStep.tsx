import { Alert, Space, Spin, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { entryQualitySchema } from '@shared/ipc/channels/catalogue';
import { QualityIssueList } from '../quality/QualityIssueList';
import { ScoreBadge } from '../quality/ScoreBadge';

type EntryQuality = z.output<typeof entryQualitySchema>;

interface Props {
  quality: EntryQuality | undefined;
  loading: boolean;
  error?: string;
  onJump(path: string): void;
}

/** Step 6: every problem of the draft, as a platform reviewer would list it, each linking to its field. */
export function ReviewStep({ quality, loading, error, onJump }: Props) {
  const { t } = useTranslation('wizard');
  if (error) return <Alert type="error" showIcon title={error} />;
  if (!quality) return <Spin className="page-spin" />;
  return (
    <div className="wizard-step wizard-review" data-step="review" data-testid="wizard-review">
      <Space size="large" align="center" className="review-summary">
        <ScoreBadge score={quality.score} size={64} />
        <Statistic title={t('review.errors')} value={quality.errors} valueStyle={quality.errors ? { color: '#cf1322' } : undefined} />
        <Statistic title={t('review.warnings')} value={quality.warnings} />
        {loading ? <Spin size="small" /> : null}
      </Space>
      <Typography.Paragraph type="secondary" className="review-hint">
        {quality.errors ? t('review.hasErrors') : quality.warnings ? t('review.onlyWarnings') : t('review.clean')}
      </Typography.Paragraph>
      <QualityIssueList issues={quality.issues} onJump={onJump} />
    </div>
  );
}
