import { useState } from 'react';
import { Button, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { requestChannels, type RequestView } from '@shared/ipc/channels/requests';
import type { Output } from '@shared/ipc/contract';
import { call } from '../../api/client';
import { useWorkspaceInfo } from '../../api/hooks';
import { RequestStateTag } from '../requests/RequestStateTag';
import { DecisionDrawer } from './DecisionDrawer';
import { ReasonRequiredModal } from './ReasonRequiredModal';
import { UnusedFlag, unusedRule } from './UnusedFlag';
import { useAuthorisationActions } from './useAuthorisationActions';
import { queryKeys } from '../../api/queryKeys';
import { formatDate } from '../../format/date';

type Authorisation = Output<'authorisations.list'>['authorisations'][number];

/**
 * Grants in force (given by this department, and received): expiry, last use, the unused flag
 * (伊川) unless seasonal, renewal, and revocation with a reason.
 */
export function AuthorisationList() {
  const { t } = useTranslation('decisions');
  const rule = unusedRule(useWorkspaceInfo()?.profileId);
  const actions = useAuthorisationActions();
  const [revoking, setRevoking] = useState<RequestView>();
  const [open, setOpen] = useState<string>();
  const list = useQuery({ queryKey: queryKeys.requests.of('authorisations'), queryFn: () => call('authorisations.list', {}) });
  const today = list.data?.today ?? '';

  const columns: TableColumnsType<Authorisation> = [
    {
      key: 'entry',
      title: t('column.entry'),
      render: (_, { request: r }) => (
        <div>
          <Typography.Text strong>{r.entryName}</Typography.Text> <Tag>{t(`auth.role.${r.role}`)}</Tag>
          <div>
            <Typography.Text type="secondary">{r.role === 'provider' ? r.requesterName : r.providerName}</Typography.Text>
          </div>
        </div>
      ),
    },
    { key: 'state', title: t('column.state'), width: 120, render: (_, a) => <RequestStateTag state={a.request.state} /> },
    {
      key: 'expires',
      title: t('column.expires'),
      width: 130,
      render: (_, a) =>
        a.expiresAt ? (
          <Typography.Text type={a.expiresAt < today ? 'danger' : undefined} data-testid={`expires-${a.request.id}`}>
            {a.expiresAt}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t('auth.noExpiry')}</Typography.Text>
        ),
    },
    { key: 'used', title: t('column.lastUsed'), width: 120, render: (_, a) => (a.request.lastUsedAt ? formatDate(a.request.lastUsedAt) : undefined) ?? <Typography.Text type="secondary">{t('auth.neverUsed')}</Typography.Text> },
    ...(rule
      ? [
          {
            key: 'unused',
            title: t('column.unused'),
            width: 220,
            render: (_: unknown, a: Authorisation) => (
              <UnusedFlag
                id={a.request.id}
                rule={rule}
                revocable={a.revocable}
                revocableSince={a.revocableSince}
                seasonal={a.request.seasonal}
                canToggle={!actions.setSeasonal.isPending}
                onSeasonal={(seasonal) => actions.setSeasonal.mutate({ id: a.request.id, seasonal })}
              />
            ),
          },
        ]
      : []),
    {
      key: 'actions',
      title: t('column.actions'),
      width: 260,
      render: (_, { request: r }) => (
        <Space size={4} wrap>
          {r.state === 'active' ? (
            <Button size="small" onClick={() => actions.markUsed.mutate(r.id)} data-testid={`mark-used-${r.id}`}>
              {t('auth.markUsed')}
            </Button>
          ) : null}
          {r.role === 'requester' && r.allowed.includes('renew') ? (
            <Button size="small" onClick={() => actions.renew.mutate(r.id)} data-testid={`renew-${r.id}`}>
              {t('auth.renew')}
            </Button>
          ) : null}
          {r.role === 'provider' && r.allowed.includes('approve') ? (
            <Button size="small" type="primary" onClick={() => setOpen(r.id)} data-testid={`decide-renewal-${r.id}`}>
              {t('auth.decideRenewal')}
            </Button>
          ) : null}
          {r.role === 'provider' && r.allowed.includes('revoke') ? (
            <Button size="small" danger onClick={() => setRevoking(r)} data-testid={`revoke-${r.id}`}>
              {t('auth.revoke')}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <>
      {list.error ? <Typography.Text type="danger">{list.error.message}</Typography.Text> : null}
      <Table<Authorisation>
        rowKey={(a) => a.request.id}
        size="middle"
        columns={columns}
        dataSource={list.data?.authorisations ?? []}
        loading={list.isLoading}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: t('auth.empty') }}
        data-testid="authorisations-table"
      />
      <ReasonRequiredModal
        open={!!revoking}
        title={revoking ? t('auth.revokeTitle', { name: revoking.entryName, requester: revoking.requesterName }) : ''}
        label={t('auth.revokeReason')}
        okText={t('auth.revoke')}
        schema={requestChannels['authorisations.revoke'].input}
        base={{ id: revoking?.id ?? '' }}
        testId="revoke-modal"
        onSubmit={(reason) => actions.revoke(revoking!.id, reason)}
        onClose={() => setRevoking(undefined)}
      />
      <DecisionDrawer id={open} onClose={() => setOpen(undefined)} />
    </>
  );
}
