import { Layout, Space, Tooltip, Typography } from 'antd';
import { FolderOpenOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useWorkspaceInfo } from '../api/hooks';
import { AccountMenu } from '../features/sync/AccountMenu';
import { SyncStatus } from '../features/sync/SyncStatus';
import { useSyncEvents } from '../features/sync/useSyncState';
import { LanguageSwitch } from './LanguageSwitch';
import { OnlineStatus } from './OnlineStatus';
import { OutboxBadge } from './OutboxBadge';
import './header.css';
import { formatUscc } from '../format/uscc';

/** Which workspace and department the officer is working in, the state of sync with the platform, and who is signed in. */
export function AppHeader() {
  const { t } = useTranslation();
  const info = useWorkspaceInfo();
  useSyncEvents();
  return (
    <Layout.Header className="app-header">
      <div className="app-header-department" data-testid="header-department">
        <Typography.Text strong>{info?.departmentName}</Typography.Text>
        <Typography.Text type="secondary" className="app-header-code" copyable={info ? { text: info.departmentCode } : false}>
          {info ? formatUscc(info.departmentCode) : null}
        </Typography.Text>
      </div>
      <Space size="large" className="app-header-right">
        <Tooltip title={t('header.workspace')}>
          <Typography.Text type="secondary" className="app-header-dir" ellipsis data-testid="header-workspace">
            <FolderOpenOutlined /> {info?.dir}
          </Typography.Text>
        </Tooltip>
        <OnlineStatus />
        <SyncStatus />
        <OutboxBadge />
        <AccountMenu />
        <LanguageSwitch />
      </Space>
    </Layout.Header>
  );
}
