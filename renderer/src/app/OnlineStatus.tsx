import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOnline } from './useOnline';

export function OnlineStatus() {
  const { t } = useTranslation();
  const online = useOnline();
  return (
    <span className="app-header-online" data-testid="header-online" data-online={online}>
      <Badge status={online ? 'success' : 'default'} text={online ? t('header.online') : t('header.offline')} />
    </span>
  );
}
