import { Badge, Button, Card, Descriptions, Space, Tabs, Typography } from 'antd';
import { SyncOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { AccountControls, AccountDetails } from './AccountMenu';
import { AnswersTable } from './AnswersTable';
import { ConflictsView } from './ConflictsView';
import { formatDateTime } from '../../format/date';
import { MassDeletePrompt } from './MassDeletePrompt';
import { OutboxTable } from './OutboxTable';
import { useRunSync } from './SyncStatus';
import { useAccount } from './useAccount';
import { useErrorText } from './useErrorText';
import { useSyncState } from './useSyncState';
import { syncSummary, type SyncSummary } from './syncSummary';
import './sync.css';

/** 同步: who is signed in, what sync is doing, what waits to go out, what came back, and the conflicts to settle. */
export function SyncScreen() {
  const { t } = useTranslation('sync');
  const errorText = useErrorText();
  const state = useSyncState().data;
  const account = useAccount();
  const run = useRunSync();
  const summary = state ? syncSummary(state) : undefined;
  const summaryText = (x: SyncSummary) =>
    x.kind === 'syncedAt' || x.kind === 'signedOut' || (x.kind === 'offline' && x.at)
      ? t(`summary.${x.kind}`, { at: formatDateTime(x.at ?? '') })
      : x.kind === 'failingSince'
        ? t('summary.failingSince', { since: formatDateTime(x.since) })
        : t(x.kind === 'offline' ? 'summary.offlineNever' : `summary.${x.kind}`);

  return (
    <div className="screen sync-screen" data-testid="sync-screen">
      <div className="screen-toolbar">
        <Typography.Title level={4} className="screen-title">
          {t('screen.title')}
        </Typography.Title>
        <Button
          type="primary"
          icon={<SyncOutlined spin={state?.state === 'syncing'} />}
          disabled={!state?.signedIn || state.state === 'syncing'}
          loading={run.isPending && state?.state !== 'syncing'}
          onClick={() => run.mutate()}
          data-testid="sync-screen-run"
        >
          {t('run.action')}
        </Button>
      </div>
      <div className="sync-screen-body">
        <Space orientation="vertical" size="middle" className="sync-screen-stack">
          {state?.massDelete ? <MassDeletePrompt massDelete={state.massDelete} /> : null}
          <div className="sync-screen-cards">
            <Card size="small" title={t('screen.account')} extra={<AccountControls size="small" />} data-testid="sync-account">
              {account ? <AccountDetails account={account} /> : <Typography.Text type="secondary">{t('screen.signedOut')}</Typography.Text>}
            </Card>
            <Card size="small" title={t('screen.state')} data-testid="sync-state">
              {state ? (
                <Descriptions size="small" column={1}>
                  <Descriptions.Item label={t('screen.now')}>
                    <span data-testid="sync-state-value" data-state={state.state} data-summary={summary?.kind}>
                      {summary ? summaryText(summary) : null}
                    </span>
                  </Descriptions.Item>
                  {state.error ? (
                    <Descriptions.Item label={t('screen.reason')}>
                      <Typography.Text type="danger" data-testid="sync-state-error">
                        {errorText(state.error)}
                      </Typography.Text>
                    </Descriptions.Item>
                  ) : null}
                  {summary?.kind === 'failingSince' || summary?.kind === 'offline' ? (
                    <Descriptions.Item label={t('screen.lastSuccess')}>{state.lastSuccessAt ? formatDateTime(state.lastSuccessAt) : t('status.never')}</Descriptions.Item>
                  ) : null}
                  {state.nextRetryAt ? <Descriptions.Item label={t('screen.nextRetry')}>{formatDateTime(state.nextRetryAt)}</Descriptions.Item> : null}
                  <Descriptions.Item label={t('screen.outbox')}>{state.outbox}</Descriptions.Item>
                  {state.clockSkewed && state.clockSkewMs !== undefined ? (
                    <Descriptions.Item label={t('screen.clock')}>
                      <Typography.Text type="warning">{t('status.skew', { minutes: Math.round(state.clockSkewMs / 60000) })}</Typography.Text>
                    </Descriptions.Item>
                  ) : null}
                </Descriptions>
              ) : null}
            </Card>
          </div>
          <Tabs
            defaultActiveKey={state && state.conflicts > 0 ? 'conflicts' : 'outbox'}
            data-testid="sync-tabs"
            items={[
              {
                key: 'conflicts',
                label: (
                  <span data-testid="sync-tab-conflicts">
                    {t('screen.conflicts')} <Badge count={state?.conflicts ?? 0} size="small" />
                  </span>
                ),
                children: <ConflictsView />,
              },
              {
                key: 'outbox',
                label: (
                  <span data-testid="sync-tab-outbox">
                    {t('screen.outboxTab')} <Badge count={state?.outbox ?? 0} size="small" color="blue" />
                  </span>
                ),
                children: <OutboxTable />,
              },
              { key: 'answers', label: <span data-testid="sync-tab-answers">{t('screen.answers')}</span>, children: <AnswersTable /> },
            ]}
          />
        </Space>
      </div>
    </div>
  );
}
