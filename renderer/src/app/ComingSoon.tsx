import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';

/** What a navigation entry shows until its screen is built. */
export function ComingSoon({ routeKey }: { routeKey: string }) {
  const { t } = useTranslation('nav');
  return (
    <div className="coming-soon" data-testid="coming-soon">
      <Empty description={t('comingSoon', { screen: t(routeKey) })} />
    </div>
  );
}
