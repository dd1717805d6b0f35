import { useState } from 'react';
import { App, Button, Descriptions, Input, Space } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RequestView } from '@shared/ipc/channels/requests';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { formatDateTime } from '../../format/date';

/**
 * A dispute as both parties see it: the requester's grounds, the provider's refusal and statement,
 * and the authority's ruling once given. The provider of an escalated request states its side here.
 */
export function DisputeSummary({ request: r }: { request: RequestView }) {
  const { t } = useTranslation('decisions');
  const d = r.dispute;
  if (!d?.escalation && !d?.ruling) return null;
  const refusal = r.decision?.decision === 'reject' ? r.decision.reason : undefined;
  const rows = [
    ...(d.escalation ? [{ key: 'grounds', label: t('dispute.ground'), children: <span data-testid="dispute-grounds">{d.escalation.reason}</span> }] : []),
    ...(d.escalation ? [{ key: 'at', label: t('dispute.at'), children: formatDateTime(d.escalation.escalatedAt) }] : []),
    ...(refusal ? [{ key: 'refusal', label: t('dispute.refusal'), children: refusal }] : []),
    ...(d.providerStatement ? [{ key: 'statement', label: t('dispute.statement'), children: <span data-testid="dispute-statement">{d.providerStatement.text}</span> }] : []),
    ...(d.ruling
      ? [
          {
            key: 'ruling',
            label: t('dispute.ruling'),
            children: (
              <span data-testid="dispute-ruling">
                {t('dispute.rulingText', { outcome: t(`dispute.outcome.${d.ruling.outcome}`), at: formatDateTime(d.ruling.ruledAt), late: d.ruling.overdue ? t('dispute.late') : '', reasoning: d.ruling.reasoning })}
              </span>
            ),
          },
        ]
      : [{ key: 'ruling', label: t('dispute.ruling'), children: t('dispute.awaiting') }]),
  ];
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="dispute-summary">
      <Descriptions size="small" column={1} bordered items={rows} />
      {r.role === 'provider' && r.state === 'escalated' ? <StatementForm request={r} /> : null}
    </Space>
  );
}

function StatementForm({ request }: { request: RequestView }) {
  const { t } = useTranslation('decisions');
  const { message } = App.useApp();
  const client = useQueryClient();
  const [text, setText] = useState('');
  const send = useMutation({
    mutationFn: () => call('disputes.statement', { id: request.id, statement: text.trim() }),
    onSuccess: () => {
      void message.success(t('dispute.statementSent'));
      setText('');
      void client.invalidateQueries({ queryKey: queryKeys.requests.all });
    },
    onError: (err) => void message.error(err.message),
  });
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input.TextArea value={text} maxLength={2000} autoSize={{ minRows: 2 }} placeholder={t('dispute.statementPlaceholder')} onChange={(e) => setText(e.target.value)} data-testid="dispute-statement-input" />
      <Button type="primary" disabled={!text.trim()} loading={send.isPending} onClick={() => send.mutate()} data-testid="dispute-statement-send">
        {t('dispute.statementSend')}
      </Button>
    </Space.Compact>
  );
}
