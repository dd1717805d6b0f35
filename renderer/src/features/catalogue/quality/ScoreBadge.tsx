import { Progress } from 'antd';
import { useTranslation } from 'react-i18next';

/** A quality score 0–100 as a small ring: green from 90, amber from 60, red below. */
export function ScoreBadge({ score, size = 40 }: { score: number; size?: number }) {
  const { t } = useTranslation('quality');
  const label = t('scoreLabel', { score });
  const status = score >= 90 ? 'success' : score >= 60 ? 'normal' : 'exception';
  return <Progress aria-label={label} type="circle" percent={score} size={size} status={status} format={(p) => `${p ?? 0}`} strokeColor={score >= 60 && score < 90 ? '#faad14' : undefined} />;
}
