import { useEffect, useRef, useState } from 'react';
import { Empty, Select, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { RESOURCE_KINDS, type ResourceKind } from '@shared/domain/enums';
import { labelOf } from '@shared/domain/labels';
import type { SharedRow } from '@shared/ipc/channels/search';
import { useLocale } from '../../i18n/LocaleContext';
import { call } from '../../api/client';
import { useLabels } from '../catalogue/useLabels';
import { queryKeys } from '../../api/queryKeys';
import { formatDate } from '../../format/date';
import { ShareTypeTag } from '../catalogue/ShareTypeTag';
import { rowOpener } from '../../app/rowOpener';

const PAGE = 20;

/** The cached shared catalogue page by page, before any search: what other departments publish. */
export function SharedBrowse({ onOpen }: { onOpen(id: string): void }) {
  const { t } = useTranslation('search');
  const { t: tc } = useTranslation('catalogue');
  const { t: tw } = useTranslation('wizard');
  const labels = useLabels();
  const { locale } = useLocale();
  const [page, setPage] = useState(0);
  const [kind, setKind] = useState<ResourceKind>();
  const list = useQuery({
    queryKey: queryKeys.sharedCatalogue.of('list', page, kind),
    queryFn: () => call('search.sharedList', { offset: page * PAGE, limit: PAGE, ...(kind ? { kinds: [kind] } : {}) }),
    placeholderData: (previous) => previous,
  });
  // A table wider than the window scrolls sideways: its scroll area takes keyboard focus, so it can be scrolled without a mouse.
  const scrollable = useRef<HTMLDivElement>(null);
  useEffect(() => {
    for (const el of scrollable.current?.querySelectorAll('.ant-table-content') ?? []) el.setAttribute('tabindex', '0');
  });
  return (
    <div ref={scrollable}>
    <div className="shared-browse-filters" style={{ marginBottom: 12 }}>
      <Select<ResourceKind>
        allowClear
        value={kind}
        onChange={(k) => {
          setKind(k);
          setPage(0);
        }}
        placeholder={t('browse.allKinds')}
        aria-label={t('browse.kindFilter')}
        options={RESOURCE_KINDS.map((k) => ({ value: k, label: labelOf('kind', k, locale) }))}
        style={{ width: 220 }}
        data-testid="shared-kind-filter"
      />
    </div>
    <Table<SharedRow>
      size="middle"
      rowKey="id"
      className="shared-browse"
      data-testid="shared-browse"
      loading={list.isFetching}
      dataSource={list.data?.rows ?? []}
      locale={{ emptyText: <Empty description={t('browseEmpty')} /> }}
      onRow={(r) => rowOpener(() => onOpen(r.id))}
      // Narrow windows scroll the table rather than squeeze its headers and tags.
      scroll={{ x: 1320 }}
      pagination={{ current: page + 1, pageSize: PAGE, total: list.data?.total ?? 0, onChange: (p) => setPage(p - 1), showSizeChanger: false, hideOnSinglePage: true }}
      columns={[
        { title: tc('column.name'), dataIndex: 'name', width: 220, ellipsis: true, render: (v: string) => <Typography.Link strong>{v}</Typography.Link> },
        { title: tc('column.code'), dataIndex: 'code', width: 180, ellipsis: true, render: (v: string) => <span className="mono">{v}</span> },
        { title: tw('field.kind'), dataIndex: 'kind', width: 130, render: (v: ResourceKind) => <span data-kind={v}>{labelOf('kind', v, locale)}</span> },
        { title: tc('field.provider'), dataIndex: 'provider', width: 180, ellipsis: true },
        { title: tc('column.format'), width: 170, render: (_, r) => labels.format(r.formatClass, r.formatType) },
        { title: tc('column.shareType'), dataIndex: 'shareType', width: 170, render: (v: SharedRow['shareType']) => <ShareTypeTag shareType={v} /> },
        { title: tc('column.updateCycle'), dataIndex: 'updateCycle', width: 90, render: (v: string) => labels.enumLabel('updateCycle', v) },
        { title: tc('column.items'), dataIndex: 'itemCount', width: 72, align: 'right' },
        { title: t('details.publishedAt'), dataIndex: 'publishedAt', width: 110, render: (v: string) => formatDate(v) },
      ]}
    />
    </div>
  );
}
