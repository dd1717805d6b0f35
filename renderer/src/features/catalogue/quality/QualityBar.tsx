import { Button, Space, Spin, Tag, Tooltip, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ScoreBadge } from './ScoreBadge';
import type { useCatalogueQuality } from './useCatalogueQuality';

interface Props {
  quality: ReturnType<typeof useCatalogueQuality>;
  /** Whether the report is computed without asking (small catalogues). */
  auto: boolean;
  onCheck(): void;
  onOpen(): void;
}

/** The catalogue's score and what is wrong, in one line above the table; opens the full report. */
export function QualityBar({ quality, auto, onCheck, onOpen }: Props) {
  const { t } = useTranslation('quality');
  const data = quality.data;
  if (!data) {
    if (quality.isFetching) return <Spin size="small" />;
    return auto ? null : (
      <Button icon={<SafetyCertificateOutlined />} onClick={onCheck} data-testid="quality-check">
        {t('check')}
      </Button>
    );
  }
  // Nothing to score: an empty catalogue has no quality, not a perfect one.
  if (data.entries.length === 0) {
    return (
      <Typography.Text type="secondary" className="quality-bar" data-testid="quality-bar" data-empty="true">
        {t('noScore')}
      </Typography.Text>
    );
  }
  const errors = data.entries.filter((e) => e.errors > 0).length;
  const warnings = data.entries.filter((e) => e.errors === 0 && e.warnings > 0).length;
  return (
    <Space className="quality-bar" data-testid="quality-bar" size="small">
      <ScoreBadge score={data.score} size={32} />
      <Tooltip title={t('entriesWithWarnings', { count: warnings })}>
        <Typography.Text data-testid="quality-score">{t('score', { score: data.score })}</Typography.Text>
      </Tooltip>
      {errors ? (
        <Tag color="red" data-testid="quality-errors">
          {t('entriesWithErrors', { count: errors })}
        </Tag>
      ) : null}
      <Button size="small" type="link" onClick={onOpen} data-testid="quality-open">
        {t('open')}
      </Button>
    </Space>
  );
}
