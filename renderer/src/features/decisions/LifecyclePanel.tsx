import { Alert, Select, Space, Tag, Typography } from 'antd';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RequestView } from '@shared/ipc/channels/requests';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { formatDateTime } from '../../format/date';

/**
 * The authorisation lifecycle of one request, in its drawer: the renewal links, a scenario grant,
 * the requester's seasonal declaration, the authority's suspension; and, on a draft, the registered
 * scenario it is filed under (granted at once by the platform where the profile allows it).
 */
export function LifecyclePanel({ request: r }: { request: RequestView }) {
  const { t } = useTranslation('decisions');
  const l = r.lifecycle;
  const suspended = l.suspension && !l.suspension.liftedAt;
  return (
    <Space direction="vertical" style={{ width: '100%', marginBottom: 12 }} data-testid="request-lifecycle">
      {suspended ? (
        <Alert type="error" showIcon title={t('auth.suspended')} description={t('auth.suspendedTip', { reason: l.suspension!.reason, at: formatDateTime(l.suspension!.suspendedAt) })} data-testid="request-suspended" />
      ) : null}
      {l.scenario ? (
        <Alert type="info" showIcon title={t('auth.scenarioGrant', { name: l.scenario.name })} description={l.scenario.basis} data-testid="request-scenario-grant" />
      ) : null}
      <Space wrap>
        {l.renews ? <Tag data-testid="request-renews">{t('auth.renews')}</Tag> : null}
        {l.renewedBy ? <Tag data-testid="request-renewed-by">{t('auth.renewedBy')}</Tag> : null}
        {l.seasonal ? <Typography.Text type="secondary">{t('auth.seasonalDeclared', { reason: l.seasonal.reason })}</Typography.Text> : null}
        {l.suspension?.liftedAt ? <Typography.Text type="secondary">{t('auth.suspensionLifted', { at: formatDateTime(l.suspension.liftedAt) })}</Typography.Text> : null}
      </Space>
      {r.state === 'draft' && r.role === 'requester' ? <ScenarioChoice request={r} /> : null}
    </Space>
  );
}

/** The registered scenarios covering this draft's entry, to file it under one (or none). */
function ScenarioChoice({ request: r }: { request: RequestView }) {
  const { t } = useTranslation('decisions');
  const list = useQuery({ queryKey: queryKeys.requests.of('scenarios'), queryFn: () => call('scenarios.list', {}) });
  const use = useMutation({ mutationFn: (scenarioId: string | null) => call('requests.useScenario', { id: r.id, scenarioId }) });
  const today = list.data?.today ?? '';
  const options = (list.data?.scenarios ?? [])
    .filter((s) => !s.withdrawnAt && s.validFrom <= today && today <= s.validUntil && s.resources.some((x) => x.entryId === r.entryId))
    .map((s) => ({ value: s.id, label: s.name }));
  if (!options.length && !r.lifecycle.scenarioId) return null;
  return (
    <Space direction="vertical" size={2} style={{ width: '100%' }}>
      <Typography.Text>{t('scenario.label')}</Typography.Text>
      <Select
        allowClear
        style={{ width: '100%' }}
        placeholder={t('scenario.none')}
        value={r.lifecycle.scenarioId}
        options={options}
        loading={use.isPending}
        onChange={(v: string | undefined) => use.mutate(v ?? null)}
        data-testid="request-scenario"
      />
      <Typography.Text type="secondary">{t('scenario.hint')}</Typography.Text>
      {use.error ? <Typography.Text type="danger">{use.error.message}</Typography.Text> : null}
    </Space>
  );
}
