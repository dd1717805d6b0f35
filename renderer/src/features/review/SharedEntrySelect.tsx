import { useMemo, useState } from 'react';
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** One entry of the cached shared catalogue, with its items, once chosen. */
export function useSharedEntry(id: string | undefined) {
  return useQuery({ queryKey: queryKeys.review.of('shared-entry', id), queryFn: () => call('search.sharedEntry', { id: id! }), enabled: !!id });
}

interface Props {
  value?: string;
  onChange?(id: string): void;
  'data-testid'?: string;
  id?: string;
}

/**
 * Chooses a published entry from the reviewer's copy of the shared catalogue: the newest ones
 * offered first, those matching what is typed (name, pinyin, items) once something is.
 */
export function SharedEntrySelect({ value, onChange, ...rest }: Props) {
  const { t } = useTranslation('review');
  const [q, setQ] = useState('');
  const browse = useQuery({ queryKey: queryKeys.review.of('shared-entries'), queryFn: () => call('search.sharedList', { limit: 200 }) });
  const found = useQuery({ queryKey: queryKeys.review.of('shared-entries', q), queryFn: () => call('search.query', { q: q.trim(), scope: 'shared', limit: 50 }), enabled: q.trim().length > 0 });
  const chosen = useSharedEntry(value);
  const options = useMemo(() => {
    const rows = q.trim() ? (found.data?.results ?? []).map((r) => ({ id: r.id, name: r.name, provider: r.provider })) : (browse.data?.rows ?? []);
    const list = rows.map((r) => ({ value: r.id, label: t('scenarios.entryOption', { name: r.name, provider: r.provider }) }));
    const own = chosen.data?.entry;
    // The chosen entry keeps its name although a later search no longer lists it.
    return own && !list.some((o) => o.value === own.id) ? [{ value: own.id, label: t('scenarios.entryOption', { name: own.name, provider: own.departmentName }) }, ...list] : list;
  }, [q, found.data, browse.data, chosen.data, t]);
  return (
    <Select
      {...rest}
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={browse.isPending || found.isFetching}
      value={value}
      onChange={(v: string) => {
        setQ('');
        onChange?.(v);
      }}
      options={options}
      placeholder={t('scenarios.entryPlaceholder')}
    />
  );
}
