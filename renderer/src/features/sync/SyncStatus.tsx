import { useState } from 'react';
import { App, Badge, Button, Space, Tooltip, Typography } from 'antd';
import { CheckCircleOutlined, SyncOutlined, WarningOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SyncState } from '@shared/ipc/channels/sync';
import { call } from '../../api/client';
import { useNavigate } from '../../app/NavigationContext';
import { formatDateTime } from '../../format/date';
import { SignInDialog } from './SignInDialog';
import { useErrorText } from './useErrorText';
import { useSyncProgress, useSyncState } from './useSyncState';
import './sync.css';

const BADGE: Record<SyncState['state'], 'default' | 'success' | 'processing' | 'error'> = {
  offline: 'default',
  idle: 'success',
  syncing: 'processing',
  error: 'error',
};

/** Runs sync now; the outcome shows in the state (a failure stays there until the next success). */
export function useRunSync() {
  const { message } = App.useApp();
  const { t } = useTranslation('sync');
  const errorText = useErrorText();
  return useMutation({
    mutationFn: () => call('sync.run', {}),
    onSuccess: (r) => {
      if (!r.failed) void message.success(t('run.done', { pulled: r.pulled, accepted: r.accepted }));
    },
    onError: (err) => void message.error(errorText(err)),
  });
}

/** What the header shows of sync: state (with the reason of an error), last success, progress, conflicts, "sync now". */
export function SyncStatus() {
  const { t } = useTranslation('sync');
  const errorText = useErrorText();
  const state = useSyncState().data;
  const progress = useSyncProgress();
  const run = useRunSync();
  const [signInOpen, setSignInOpen] = useState(false);
  const navigate = useNavigate();
  if (!state) return null;
  // The platform refused the token (expired, revoked): sync stays stopped until the officer signs in again.
  const needsSignIn = state.error?.code === 'SYNC_AUTH';
  // Signed out, or signed in but never through a whole run, nothing is "synced": no green light.
  const shown = !state.signedIn && state.state !== 'error' ? 'signedOut' : state.state === 'idle' && !state.lastSuccessAt ? 'never' : state.state;
  const reason = state.error ? errorText(state.error) : undefined;
  const details = [
    reason,
    state.lastSuccessAt ? t('status.lastSuccess', { when: formatDateTime(state.lastSuccessAt) }) : t('status.never'),
    state.nextRetryAt ? t('status.nextRetry', { when: formatDateTime(state.nextRetryAt) }) : undefined,
    state.clockSkewed && state.clockSkewMs !== undefined ? t('status.skew', { minutes: Math.round(state.clockSkewMs / 60000) }) : undefined,
  ].filter(Boolean);

  return (
    <Space size="small" className="sync-status" data-testid="header-sync" data-state={shown}>
      <Tooltip title={details.map((d) => <div key={d}>{d}</div>)}>
        <Badge status={shown === 'signedOut' || shown === 'never' ? 'default' : BADGE[state.state]} text={t(`status.state.${shown}`)} />
      </Tooltip>
      {shown === 'syncing' && progress ? (
        <Typography.Text type="secondary" className="sync-progress" data-testid="header-sync-progress">
          {t(`status.progress.${progress.phase}`, { done: progress.done, total: progress.total ?? '?' })}
        </Typography.Text>
      ) : null}
      {reason && state.state !== 'syncing' ? (
        <Typography.Text type={state.state === 'error' ? 'danger' : 'secondary'} ellipsis={{ tooltip: reason }} className="sync-reason" data-testid="header-sync-error">
          {reason}
        </Typography.Text>
      ) : null}
      {needsSignIn ? (
        <Button size="small" type="link" onClick={() => setSignInOpen(true)} data-testid="header-signin-again">
          {t('status.signInAgain')}
        </Button>
      ) : null}
      <SignInDialog open={signInOpen} onClose={() => setSignInOpen(false)} />
      {state.lastSuccessAt ? (
        <Tooltip title={t('status.lastSuccess', { when: formatDateTime(state.lastSuccessAt) })}>
          <Typography.Text type="secondary" className="sync-last" data-testid="header-sync-last" data-at={state.lastSuccessAt}>
            <CheckCircleOutlined /> {formatDateTime(state.lastSuccessAt)}
          </Typography.Text>
        </Tooltip>
      ) : null}
      {state.conflicts > 0 ? (
        <Tooltip title={t('status.conflictsHint')}>
          <Button size="small" type="text" onClick={() => navigate('sync')} aria-label={t('status.conflictsHint')} data-testid="header-conflicts" data-count={state.conflicts}>
            <Badge count={state.conflicts} size="small">
              <WarningOutlined className="sync-conflict-icon" />
            </Badge>
          </Button>
        </Tooltip>
      ) : null}
      <Tooltip title={state.signedIn ? t('run.action') : t('status.signInFirst')}>
        <Button
          size="small"
          type="text"
          icon={<SyncOutlined spin={state.state === 'syncing'} />}
          disabled={!state.signedIn || state.state === 'syncing'}
          loading={run.isPending && state.state !== 'syncing'}
          onClick={() => run.mutate()}
          aria-label={t('run.action')}
          data-testid="sync-now"
        />
      </Tooltip>
    </Space>
  );
}
