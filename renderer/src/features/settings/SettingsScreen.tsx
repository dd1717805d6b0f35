import type { ReactNode } from 'react';
import { Alert, Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { FolderOpenOutlined, LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { PolicySetting } from '@shared/ipc/channels/sync';
import { PROFILES } from '@shared/profiles';
import { useWorkspaceInfo } from '../../api/hooks';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { useLocale } from '../../i18n/LocaleContext';
import { useOpenAnotherWorkspace } from '../workspace/useOpenAnotherWorkspace';
import { AccountControls, AccountDetails } from '../sync/AccountMenu';
import { useAccount, usePolicy } from '../sync/useAccount';
import { useErrorText } from '../sync/useErrorText';
import { isLockedByPolicy } from './policyLocks';
import { NotificationSettings } from './NotificationSettings';
import './settings.css';

/** 设置: language, platform, jurisdiction profile, workspace folder and account; what the administrator fixed shows locked. */
export function SettingsScreen() {
  const { t } = useTranslation('settings');
  const { locale } = useLocale();
  const info = useWorkspaceInfo();
  const policy = usePolicy().data;
  const account = useAccount();
  const errorText = useErrorText();
  const openAnother = useOpenAnotherWorkspace();

  const value = (setting: PolicySetting, text: ReactNode) => (
    <Space size={6} wrap data-testid={`setting-${setting}`} data-locked={isLockedByPolicy(policy, setting)}>
      {text}
      {isLockedByPolicy(policy, setting) ? (
        <Tag icon={<LockOutlined />} color="gold" data-testid={`locked-${setting}`}>
          {t('locked')}
        </Tag>
      ) : null}
    </Space>
  );
  const platformUrl = policy?.error ? account?.platformUrl : (policy?.platformUrl ?? account?.platformUrl);
  const profileId = (!policy?.error && policy?.profileId) || info?.profileId;

  return (
    <div className="screen settings-screen" data-testid="settings-screen">
      <div className="screen-toolbar">
        <Typography.Title level={4} className="screen-title">
          {t('title')}
        </Typography.Title>
      </div>
      <div className="settings-body">
        {policy?.error ? <Alert type="error" showIcon title={t('policyInvalid')} description={errorText(policy.error)} data-testid="settings-policy-error" /> : null}
        <Card size="small" title={t('general')}>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('language')}>
              <LanguageSwitch />
            </Descriptions.Item>
            <Descriptions.Item label={t('workspace')}>
              <Space wrap>
                <Typography.Text code data-testid="settings-workspace">
                  {info?.dir}
                </Typography.Text>
                <Button size="small" icon={<FolderOpenOutlined />} loading={openAnother.isPending} onClick={() => openAnother.mutate()} data-testid="settings-open-workspace">
                  {t('openWorkspace')}
                </Button>
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('profile')}>
              {value('profileId', <span data-testid="settings-profile">{profileId ? PROFILES[profileId].name[locale] : '—'}</span>)}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Card size="small" title={t('platform')} extra={<AccountControls size="small" />}>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('platformUrl')}>
              {value('platformUrl', <Typography.Text className="mono">{platformUrl ?? t('platformUrlUnset')}</Typography.Text>)}
            </Descriptions.Item>
            <Descriptions.Item label={t('caBundle')}>{value('caBundle', policy?.caBundle && !policy.error ? t('caFromPolicy') : t('caSystem'))}</Descriptions.Item>
            <Descriptions.Item label={t('updateFeed')}>
              {value('updateFeedUrl', <Typography.Text className="mono">{(!policy?.error && policy?.updateFeedUrl) || t('updateFeedDefault')}</Typography.Text>)}
            </Descriptions.Item>
            <Descriptions.Item label={t('autoSync')}>{t('autoSyncText')}</Descriptions.Item>
          </Descriptions>
          {account ? <AccountDetails account={account} /> : <Typography.Text type="secondary">{t('signedOut')}</Typography.Text>}
        </Card>
        <NotificationSettings />
        <Card size="small" title={t('policy')}>
          <Typography.Paragraph type="secondary" data-testid="settings-policy-path">
            {policy?.path ? t('policyFrom', { path: policy.path }) : t('policyNone')}
          </Typography.Paragraph>
          {policy?.path && !policy.error ? <Typography.Paragraph type="secondary">{t('policyHint')}</Typography.Paragraph> : null}
        </Card>
      </div>
    </div>
  );
}
