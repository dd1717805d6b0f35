import { Tag, Tooltip } from 'antd';
import { ExclamationCircleOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** Open objections of one entry (own or shared), refetched when objections change. */
export function useOpenObjections(entryId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.objections.of('openForEntry', entryId),
    queryFn: () => call('objections.openForEntry', { entryId: entryId! }),
    enabled: entryId !== undefined,
  });
}

/** "数据疑义处理中": shown on an entry while an objection on it is open; the tooltip says what is questioned. */
export function OpenObjectionsTag({ entryId }: { entryId: string | undefined }) {
  const { t } = useTranslation('objections');
  const { t: tm } = useTranslation('messages');
  const open = useOpenObjections(entryId).data?.objections ?? [];
  if (!open.length) return null;
  const tip = open.map((o) => (
    <div key={o.id}>
      {`${tm(`objections.state.${o.state}`)} · ${[o.itemName, o.recordKey].filter(Boolean).join(' / ') || t('raise.wholeEntry')}: ${o.description}`}
    </div>
  ));
  return (
    <Tooltip title={tip}>
      <Tag color="orange" icon={<ExclamationCircleOutlined />} data-testid="entry-objection-tag">
        {t('tag.open', { count: open.length })}
      </Tag>
    </Tooltip>
  );
}
