import { useMemo, useRef, type HTMLAttributes } from 'react';
import { Empty, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EntrySummary } from '@shared/domain/entry';
import { useElementSize } from '../../app/useElementSize';
import { catalogueColumns, MIN_TABLE_WIDTH } from './columns';
import { isPlaceholder, type CatalogueRow } from './rows';
import type { SortKey, SortOrder } from './useCataloguePages';
import { useLabels } from './useLabels';

const HEADER_HEIGHT = 56;

interface Props {
  rows: CatalogueRow[];
  loading: boolean;
  sort: SortKey;
  order: SortOrder;
  onSort(sort: SortKey, order: SortOrder): void;
  requestPage(page: number): void;
  onEdit(row: EntrySummary): void;
  onDelete(row: EntrySummary): void;
  onHistory(row: EntrySummary): void;
}

/** The catalogue as a virtual table: only the rows in view are drawn, whatever the catalogue's size. */
export function CatalogueTable({ rows, loading, sort, order, onSort, requestPage, onEdit, onDelete, onHistory }: Props) {
  const { t } = useTranslation('catalogue');
  const { t: tHistory } = useTranslation('history');
  const labels = useLabels();
  const box = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(box);
  const tableWidth = Math.max(width, MIN_TABLE_WIDTH);
  const columns = useMemo(
    () => catalogueColumns({ width: tableWidth, t, labels, sort, order, requestPage, onEdit, onDelete, onHistory, historyLabel: tHistory('open') }),
    [tableWidth, t, labels, sort, order, requestPage, onEdit, onDelete, onHistory, tHistory],
  );

  return (
    <div className="catalogue-table" ref={box} data-testid="catalogue-table">
      <Table<CatalogueRow>
        virtual
        size="middle"
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={false}
        scroll={{ x: tableWidth, y: Math.max(height - HEADER_HEIGHT, 120) }}
        locale={{ emptyText: <Empty description={t('empty')} /> }}
        showSorterTooltip={false}
        onRow={(row) => ({
          onDoubleClick: () => {
            if (!isPlaceholder(row)) onEdit(row);
          },
          'data-entry-id': isPlaceholder(row) ? undefined : row.id,
        }) as HTMLAttributes<HTMLElement>}
        onChange={(_, __, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          const key = (s?.columnKey as SortKey | undefined) ?? 'updatedAt';
          if (!s?.order) onSort('updatedAt', 'desc');
          else onSort(key, s.order === 'ascend' ? 'asc' : 'desc');
        }}
      />
    </div>
  );
}
