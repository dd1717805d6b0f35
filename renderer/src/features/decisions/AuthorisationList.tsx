import { useState } from 'react';
import { Button, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RequestView } from '@shared/ipc/channels/requests';
import { authorisationChannels } from '@shared/ipc/channels/authorisations';
import { AUTHORISATION_RULES } from '@shared/domain/authorisation-rules';
import type { Output } from '@shared/ipc/contract';
import { call } from '../../api/client';
import { useWorkspaceInfo } from '../../api/hooks';
import { RequestStateTag } from '../requests/RequestStateTag';
import { DecisionDrawer } from './DecisionDrawer';
import { ReasonRequiredModal } from './ReasonRequiredModal';
import { UnusedFlag, unusedRule } from './UnusedFlag';
import { useAuthorisationActions } from './useAuthorisationActions';
import { queryKeys } from '../../api/queryKeys';
import { formatDateTime } from '../../format/date';

type Authorisation = Output<'authorisations.list'>['authorisations'][number];

/**
 * Grants in force (given by this department, and received): expiry and its reminder, usage as the
 * platform reports it, the authority's suspension, a scenario grant, renewal links, the unused
 * flag (伊川) unless the requester declared seasonal use, renewal, and revocation with a reason.
 */
export function AuthorisationList() {
  const { t } = useTranslation('decisions');
  const profile = useWorkspaceInfo()?.profileId;
  const rule = unusedRule(profile);
  const reminderDays = AUTHORISATION_RULES[profile ?? 'national'].expiryReminderWorkingDays;
  const [declaring, setDeclaring] = useState<RequestView>();
  const actions = useAuthorisationActions();
  const [revoking, setRevoking] = useState<RequestView>();
  const [open, setOpen] = useState<string>();
  const list = useQuery({ queryKey: queryKeys.requests.of('authorisations'), queryFn: () => call('authorisations.list', {}) });
  const today = list.data?.today ?? '';

  const columns: TableColumnsType<Authorisation> = [
    {
      key: 'entry',
      title: t('column.entry'),
      width: 220,
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
    { key: 'status', title: t('column.status'), width: 200, render: (_, a) => <AuthorisationStatus a={a} reminderDays={reminderDays} /> },
    {
      key: 'used',
      title: t('column.usage'),
      width: 170,
      render: (_, a) => <UsageCell a={a} today={today} />,
    },
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
                seasonalReason={a.request.lifecycle.seasonal?.reason}
                canToggle={a.request.role === 'requester'}
                onSeasonal={(seasonal) => (seasonal ? setDeclaring(a.request) : void actions.setSeasonal({ id: a.request.id, seasonal }).catch(() => undefined))}
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
          {r.role === 'requester' && r.allowed.includes('renew') && !r.lifecycle.renewedBy ? (
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
        // Many columns: a narrow window scrolls the table rather than squeeze the resource's name.
        scroll={{ x: 'max-content' }}
        data-testid="authorisations-table"
      />
      <ReasonRequiredModal
        open={!!revoking}
        title={revoking ? t('auth.revokeTitle', { name: revoking.entryName, requester: revoking.requesterName }) : ''}
        label={t('auth.revokeReason')}
        okText={t('auth.revoke')}
        schema={authorisationChannels['authorisations.revoke'].input}
        base={{ id: revoking?.id ?? '' }}
        testId="revoke-modal"
        onSubmit={(reason) => actions.revoke(revoking!.id, reason)}
        onClose={() => setRevoking(undefined)}
      />
      <ReasonRequiredModal
        open={!!declaring}
        title={declaring ? t('auth.seasonalTitle', { name: declaring.entryName }) : ''}
        label={t('auth.seasonalReason')}
        okText={t('auth.seasonal')}
        schema={authorisationChannels['authorisations.setSeasonal'].input}
        base={{ id: declaring?.id ?? '', seasonal: true }}
        testId="seasonal-modal"
        onSubmit={(reason) => actions.setSeasonal({ id: declaring!.id, seasonal: true, reason })}
        onClose={() => setDeclaring(undefined)}
      />
      <DecisionDrawer id={open} onClose={() => setOpen(undefined)} />
    </>
  );
}

/** Expiry reminder, expiry, the authority's suspension, a scenario grant and renewal links, as tags. */
function AuthorisationStatus({ a, reminderDays }: { a: Authorisation; reminderDays: number }) {
  const { t } = useTranslation('decisions');
  const l = a.request.lifecycle;
  return (
    <Space size={4} wrap data-testid={`auth-status-${a.request.id}`}>
      {a.expiresSoon ? (
        <Tag color="warning" title={t('auth.expiresSoonTip', { from: a.expiryReminderFrom, days: reminderDays })} data-testid={`expires-soon-${a.request.id}`}>
          {t('auth.expiresSoon')}
        </Tag>
      ) : null}
      {a.request.state === 'expired' ? <Tag data-testid={`expired-${a.request.id}`}>{t('auth.expired')}</Tag> : null}
      {a.suspended && l.suspension ? (
        <Tag color="error" title={t('auth.suspendedTip', { reason: l.suspension.reason, at: formatDateTime(l.suspension.suspendedAt) })} data-testid={`suspended-${a.request.id}`}>
          {t('auth.suspended')}: {l.suspension.reason}
        </Tag>
      ) : null}
      {l.suspension?.liftedAt ? <Typography.Text type="secondary">{t('auth.suspensionLifted', { at: formatDateTime(l.suspension.liftedAt) })}</Typography.Text> : null}
      {l.scenario ? (
        <Tag color="blue" title={l.scenario.basis} data-testid={`scenario-grant-${a.request.id}`}>
          {t('auth.scenarioGrant', { name: l.scenario.name })}
        </Tag>
      ) : null}
      {l.renews ? <Tag>{t('auth.renews')}</Tag> : null}
      {l.renewedBy ? <Tag data-testid={`renewed-by-${a.request.id}`}>{t('auth.renewedBy')}</Tag> : null}
    </Space>
  );
}

/** Usage as the platform reported it: last day of use, calls in the last 30 days, total. */
function UsageCell({ a, today }: { a: Authorisation; today: string }) {
  const { t } = useTranslation('decisions');
  const since = today ? new Date(Date.parse(`${today}T00:00:00Z`) - 29 * 86_400_000).toISOString().slice(0, 10) : '';
  const recent = a.usage.days.filter((d) => d.day >= since).reduce((n, d) => n + d.calls, 0);
  return (
    <div title={t('auth.usageTip')} data-testid={`usage-${a.request.id}`}>
      <div>{a.usage.lastUsedOn ?? <Typography.Text type="secondary">{t('auth.neverUsed')}</Typography.Text>}</div>
      <Typography.Text type="secondary">
        {t('auth.recentCalls', { count: recent })} · {t('auth.calls', { total: a.usage.totalCalls })}
      </Typography.Text>
    </div>
  );
}
