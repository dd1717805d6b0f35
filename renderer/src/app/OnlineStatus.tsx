import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSyncState } from '../features/sync/useSyncState';
import { useOnline } from './useOnline';

/**
 * The browser's view of the network. Once signed in, the sync state beside it says more (the
 * platform's own reachability, offline included), so this gives way to it in a crowded header.
 */
export function OnlineStatus() {
  const { t } = useTranslation();
  const online = useOnline();
  if (useSyncState().data?.signedIn) return null;
  return (
    <span className="app-header-online" data-testid="header-online" data-online={online}>
      <Badge status={online ? 'success' : 'default'} text={online ? t('header.online') : t('header.offline')} />
    </span>
  );
}
