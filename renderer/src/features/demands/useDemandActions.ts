import { App } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Demand, DemandStatus } from '@shared/domain/demand';
import { call } from '../../api/client';

/** Status changes, deletion and accepting a match, each with its message. */
export function useDemandActions() {
  const { t } = useTranslation('demands');
  const { t: tm } = useTranslation('messages');
  const { message } = App.useApp();
  const fail = (err: Error) => void message.error(err.message);

  const move = useMutation({
    mutationFn: (a: { demand: Demand; status: DemandStatus; reason?: string }) =>
      call('demands.setStatus', { id: a.demand.id, revision: a.demand.revision, status: a.status, ...(a.reason ? { reason: a.reason } : {}) }),
    onSuccess: (d) => void message.success(t('status.done', { number: d.number, status: tm(`demands.status.${d.status}`) })),
    onError: fail,
  });
  const remove = useMutation({
    mutationFn: (d: Demand) => call('demands.delete', { id: d.id, revision: d.revision }),
    onSuccess: (_, d) => void message.success(t('deleted', { number: d.number })),
    onError: fail,
  });
  const accept = useMutation({
    mutationFn: (a: { demand: Demand; entryId: string }) => call('demands.acceptMatch', { id: a.demand.id, revision: a.demand.revision, entryId: a.entryId }),
    onSuccess: (d) => void message.success(t('suggest.accepted', { name: d.matchedName ?? '' })),
    onError: fail,
  });
  return { move, remove, accept };
}
