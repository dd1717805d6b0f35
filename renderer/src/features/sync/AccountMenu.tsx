import { useState } from 'react';
import { App, Button, Descriptions, Popover, Space, Typography } from 'antd';
import { LoginOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AccountView } from '@shared/ipc/channels/sync';
import { call } from '../../api/client';
import { useWorkspaceInfo } from '../../api/hooks';
import { SignInDialog } from './SignInDialog';
import { useAccount } from './useAccount';
import { useErrorText } from './useErrorText';
import { syncKeys } from './syncQueries';
import { formatDateTime } from '../../format/date';
import { formatUscc } from '../../format/uscc';

/** Signs out: the core deletes the token from the key store and forgets the account. */
export function useSignOut() {
  const client = useQueryClient();
  const { message } = App.useApp();
  const { t } = useTranslation('sync');
  const errorText = useErrorText();
  return useMutation({
    mutationFn: () => call('sync.signOut', {}),
    onSuccess: async () => {
      client.setQueryData(syncKeys.account, {});
      await client.invalidateQueries({ queryKey: syncKeys.all });
      void message.success(t('signOut.done'));
    },
    onError: (err) => void message.error(errorText(err)),
  });
}

/** Who is signed in (user, role, department, platform, until when). */
export function AccountDetails({ account }: { account: AccountView }) {
  const { t } = useTranslation('sync');
  return (
    <Descriptions size="small" column={1} data-testid="account-details">
      <Descriptions.Item label={t('account.user')}>{account.user}</Descriptions.Item>
      <Descriptions.Item label={t('account.role')}>{t(`account.roles.${account.role}`, { defaultValue: account.role })}</Descriptions.Item>
      <Descriptions.Item label={t('account.department')}>
        {account.departmentName} <Typography.Text type="secondary" className="mono">{formatUscc(account.departmentCode)}</Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('account.platform')}>
        <Typography.Text className="mono">{account.platformUrl}</Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('account.expiresAt')}>{formatDateTime(account.expiresAt)}</Descriptions.Item>
    </Descriptions>
  );
}

/** Sign-in / sign-out controls with the account details: the header's and the settings screen's. */
export function AccountControls({ size = 'middle' }: { size?: 'small' | 'middle' }) {
  const { t } = useTranslation('sync');
  const account = useAccount();
  const signOut = useSignOut();
  const [open, setOpen] = useState(false);
  return (
    <>
      {account ? (
        <Button size={size} icon={<LogoutOutlined />} loading={signOut.isPending} onClick={() => signOut.mutate()} data-testid="signout">
          {t('signOut.action')}
        </Button>
      ) : (
        <Button size={size} type="primary" icon={<LoginOutlined />} onClick={() => setOpen(true)} data-testid="signin-open">
          {t('signIn.action')}
        </Button>
      )}
      <SignInDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}

/** The header's account: who is signed in (details on hover/click), or a sign-in button. */
export function AccountMenu() {
  const { t } = useTranslation('sync');
  const account = useAccount();
  const workspace = useWorkspaceInfo();
  if (!account) return <AccountControls size="small" />;
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      content={
        <Space orientation="vertical" data-testid="account-popover">
          <AccountDetails account={account} />
          <AccountControls size="small" />
        </Space>
      }
    >
      <Button size="small" type="text" icon={<UserOutlined />} data-testid="header-account" data-user={account.user}>
        {account.user} · {t(`account.roles.${account.role}`, { defaultValue: account.role })}
        {/* The workspace's own department is already at the left of the header. */}
        {account.departmentName !== workspace?.departmentName ? ` · ${account.departmentName}` : null}
      </Button>
    </Popover>
  );
}
