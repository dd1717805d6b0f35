import './search.css';
import type { ReactNode } from 'react';
import { Descriptions, Drawer, Spin, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { classificationCode, classificationPath } from '@shared/domain/classification';
import type { DataItem } from '@shared/domain/entry';
import { labelOf } from '@shared/domain/labels';
import { useKindFieldRows } from '../catalogue/useKindFieldRows';
import { call } from '../../api/client';
import { useLabels } from '../catalogue/useLabels';
import { EntryObjections } from '../objections/EntryObjections';
import { useLocale } from '../../i18n/LocaleContext';
import { queryKeys } from '../../api/queryKeys';
import { formatDate } from '../../format/date';

export interface DetailsTarget {
  id: string;
  scope: 'own' | 'shared';
}

/** The entry a details drawer shows (shared with its actions, e.g. the request basket, through the query cache). */
export function useEntryDetails(target: DetailsTarget | undefined) {
  return useQuery({
    queryKey: queryKeys.catalogue.of('details', target?.scope, target?.id),
    queryFn: async () => (target!.scope === 'own' ? { ...(await call('catalogue.get', { id: target!.id })), publishedAt: undefined } : (await call('search.sharedEntry', { id: target!.id })).entry),
    enabled: target !== undefined,
  });
}

/** Data items ticked in the details (by name), e.g. to put only some of them in the request basket. */
export interface ItemSelection {
  selected: readonly string[];
  onChange(names: string[]): void;
}

/** One entry's details with its data items: an own entry from the catalogue, a shared one from the cached shared catalogue. */
export function EntryDetails({ target, onClose, actions, itemSelection }: { target: DetailsTarget | undefined; onClose(): void; actions?: ReactNode; itemSelection?: ItemSelection }) {
  const { t } = useTranslation('search');
  const { t: tc } = useTranslation('catalogue');
  const { t: tw } = useTranslation('wizard');
  const { locale } = useLocale();
  const labels = useLabels();
  const kindRows = useKindFieldRows();
  const entry = useEntryDetails(target);
  const e = entry.data;
  let body;
  if (entry.isPending) body = <Spin className="page-spin" />;
  else if (entry.isError) body = <Typography.Text type="danger">{entry.error.message}</Typography.Text>;
  else if (e) {
    const cls = e.classification ? `${classificationCode(e.classification)} ${classificationPath(e.classification).map((l) => l[locale]).join(' › ')}` : '—';
    body = (
      <>
        <EntryObjections entry={e} shared={target!.scope === 'shared'} />
        <Descriptions column={2} size="small" bordered className="details-fields" data-testid="entry-details">
          <Descriptions.Item label={tc('column.code')} span={2}>
            <span className="mono">{e.code}</span>
          </Descriptions.Item>
          <Descriptions.Item label={tw('field.kind')} span={2}>
            <span data-testid="details-kind">{labelOf('kind', e.kind, locale)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={tc('field.provider')} span={2}>
            {e.provider}
          </Descriptions.Item>
          <Descriptions.Item label={tc('field.summary')} span={2}>
            {e.summary}
          </Descriptions.Item>
          <Descriptions.Item label={t('details.classification')} span={2}>
            {cls}
          </Descriptions.Item>
          <Descriptions.Item label={tc('column.format')}>{labels.format(e.formatClass, e.formatType)}</Descriptions.Item>
          <Descriptions.Item label={tc('field.updateCycle')}>{labels.enumLabel('updateCycle', e.updateCycle)}</Descriptions.Item>
          <Descriptions.Item label={tc('field.shareType')}>{labels.shareType(e.shareType)}</Descriptions.Item>
          <Descriptions.Item label={tc('field.openType')}>{labels.openType(e.openType)}</Descriptions.Item>
          {e.shareCondition ? (
            <Descriptions.Item label={e.shareType === 'none' ? tc('field.legalBasis') : tc('field.shareCondition')} span={2}>
              {e.shareCondition}
            </Descriptions.Item>
          ) : null}
          {e.publishedAt ? <Descriptions.Item label={t('details.publishedAt')}>{formatDate(e.publishedAt)}</Descriptions.Item> : null}
          {kindRows(e).map((r) => (
            <Descriptions.Item key={r.field} label={r.label} span={2}>
              <span data-kind-field={r.field}>{r.value}</span>
            </Descriptions.Item>
          ))}
        </Descriptions>
        <Typography.Title level={5} className="details-items-title">
          {t('details.items', { count: e.items.length })}
        </Typography.Title>
        <Table<DataItem>
          size="small"
          pagination={false}
          rowKey={(item, i) => (itemSelection ? item.name : String(i))}
          rowSelection={itemSelection ? { selectedRowKeys: [...itemSelection.selected], onChange: (keys) => itemSelection.onChange(keys.map(String)) } : undefined}
          dataSource={e.items}
          data-testid="details-items"
          columns={[
            { title: tc('items.index'), width: 56, render: (_, __, i) => i + 1 },
            { title: tc('items.name'), dataIndex: 'name' },
            { title: tc('items.nameEn'), dataIndex: 'nameEn', width: 160 },
            { title: tc('items.type'), dataIndex: 'type', width: 120, render: (v: string) => labels.enumLabel('itemType', v) },
            { title: tc('items.length'), dataIndex: 'length', width: 90 },
          ]}
        />
      </>
    );
  }
  return (
    <Drawer open={target !== undefined} onClose={onClose} size={760} title={e?.name ?? t('details.title')} extra={actions} data-testid="details-drawer" destroyOnHidden>
      {body}
    </Drawer>
  );
}
