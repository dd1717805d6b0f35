import { App } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** Under `requests`: the core reports basket changes as changes of requests. */
const BASKET_KEY = queryKeys.requests.of('basket');

/** The request basket: entries (and items) of other departments chosen to be requested. */
export function useBasket() {
  const { t } = useTranslation('requests');
  const { message } = App.useApp();
  const client = useQueryClient();
  const list = useQuery({ queryKey: BASKET_KEY, queryFn: () => call('basket.list', {}) });
  const set = (data: Awaited<ReturnType<typeof call<'basket.list'>>>) => client.setQueryData(BASKET_KEY, data);
  const add = useMutation({
    mutationFn: (a: { entryId: string; items: string[]; name: string }) => call('basket.add', { entryId: a.entryId, items: a.items }),
    onSuccess: (data, a) => {
      set(data);
      void message.success(t('basket.added', { name: a.name }));
    },
    onError: (err) => void message.error(err.message),
  });
  const remove = useMutation({
    mutationFn: (entryId: string) => call('basket.remove', { entryId }),
    onSuccess: set,
    onError: (err) => void message.error(err.message),
  });
  return { entries: list.data?.entries ?? [], list, add, remove };
}
