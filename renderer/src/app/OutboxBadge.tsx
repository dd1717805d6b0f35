import { Tooltip } from 'antd';
import { CloudUploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useOutboxCount } from '../api/hooks';

/** Operations written locally and not yet accepted by the platform. */
export function OutboxBadge() {
  const { t } = useTranslation();
  const count = useOutboxCount().data?.count ?? 0;
  return (
    <Tooltip title={t('header.outboxHint')}>
      <span className="app-header-outbox" data-testid="header-outbox" data-count={count}>
        <CloudUploadOutlined /> {t('header.outbox', { count })}
      </span>
    </Tooltip>
  );
}
