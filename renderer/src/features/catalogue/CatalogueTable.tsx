import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type HTMLAttributes, type UIEvent } from 'react';
import { Empty, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EntrySummary } from '@shared/domain/entry';
import { useElementSize } from '../../app/useElementSize';
import { catalogueColumns, MIN_TABLE_WIDTH } from './columns';
import { isPlaceholder, rowWindow, windowRows, type CatalogueRow, type LoadedPages } from './rows';
import { PAGE_SIZE, type SortKey, type SortOrder } from './useCataloguePages';
import { useLabels } from './useLabels';

const HEADER_HEIGHT = 56;
/** A row's height before one is drawn and measured (antd's middle size with the row's icon buttons). */
const ROW_HEIGHT_ESTIMATE = 57;
/** Rows drawn beyond each edge of the view, so a short scroll meets drawn rows. */
const OVERSCAN = 8;

/** The space of the rows not drawn, above and below the drawn ones, so the scrollbar spans the whole catalogue. */
const Gaps = createContext({ before: 0, after: 0, columns: 1 });

function GapRow({ height, columns }: { height: number; columns: number }) {
  if (height <= 0) return null;
  return (
    <tr aria-hidden className="catalogue-gap">
      <td colSpan={columns} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}

/** The table body: the drawn rows between the gaps of those not drawn. */
function WindowBody({ children, ...props }: HTMLAttributes<HTMLTableSectionElement>) {
  const { before, after, columns } = useContext(Gaps);
  return (
    <tbody {...props}>
      <GapRow height={before} columns={columns} />
      {children}
      <GapRow height={after} columns={columns} />
    </tbody>
  );
}

const COMPONENTS = { body: { wrapper: WindowBody } };

interface Props {
  total: number;
  pages: LoadedPages;
  loading: boolean;
  sort: SortKey;
  order: SortOrder;
  onSort(sort: SortKey, order: SortOrder): void;
  requestPage(page: number): void;
  onEdit(row: EntrySummary): void;
  onDelete(row: EntrySummary): void;
  onHistory(row: EntrySummary): void;
}

/**
 * The catalogue as a windowed table: the table is handed only the rows in view (and a few around
 * them), with the space of the others kept above and below, so its cost follows the window's
 * size whatever the catalogue's. Every row has one height (one line, cut with an ellipsis), so a
 * scroll position maps to a row by division.
 */
export function CatalogueTable({ total, pages, loading, sort, order, onSort, requestPage, onEdit, onDelete, onHistory }: Props) {
  const { t } = useTranslation('catalogue');
  const { t: tHistory } = useTranslation('history');
  const labels = useLabels();
  const box = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(box);
  const tableWidth = Math.max(width, MIN_TABLE_WIDTH);
  const viewHeight = Math.max(height - HEADER_HEIGHT, 120);
  const columns = useMemo(
    () => catalogueColumns({ width: tableWidth, t, labels, sort, order, requestPage, onEdit, onDelete, onHistory, historyLabel: tHistory('open') }),
    [tableWidth, t, labels, sort, order, requestPage, onEdit, onDelete, onHistory, tHistory],
  );

  const [scrollTop, setScrollTop] = useState(0);
  const [rowHeight, setRowHeight] = useState(ROW_HEIGHT_ESTIMATE);
  const { start, end } = rowWindow(scrollTop, viewHeight, rowHeight, total, OVERSCAN);
  const rows = useMemo(() => windowRows(total, PAGE_SIZE, pages, start, end), [total, pages, start, end]);
  const gaps = useMemo(() => ({ before: start * rowHeight, after: (total - end) * rowHeight, columns: columns.length }), [start, end, total, rowHeight, columns.length]);

  // Only a change of the first row in view draws anew; scrolling within a row does not.
  const onScroll = useCallback(
    (e: UIEvent<HTMLDivElement>) => {
      const el = e.target as HTMLElement;
      if (!el.classList.contains('ant-table-body')) return;
      setScrollTop(Math.floor(el.scrollTop / rowHeight) * rowHeight);
    },
    [rowHeight],
  );

  // The drawn rows' real height (fonts and theme decide it), so the gaps match the rows they stand
  // for; every row is given at least that height, a placeholder's skeleton being lower than a row.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const drawn = box.current?.querySelectorAll<HTMLElement>('.ant-table-body tr.ant-table-row') ?? [];
      let h = 0;
      for (const tr of drawn) h = Math.max(h, tr.getBoundingClientRect().height);
      if (h && Math.abs(h - rowHeight) > 0.5) setRowHeight(h);
    });
    return () => cancelAnimationFrame(frame);
  }, [rows, rowHeight]);

  return (
    <div className="catalogue-table" ref={box} data-testid="catalogue-table" onScrollCapture={onScroll}>
      <Gaps.Provider value={gaps}>
        <Table<CatalogueRow>
          size="middle"
          rowKey="id"
          columns={columns}
          components={COMPONENTS}
          dataSource={rows}
          loading={loading}
          pagination={false}
          scroll={{ x: tableWidth, y: viewHeight }}
          locale={{ emptyText: <Empty description={t('empty')} /> }}
          showSorterTooltip={false}
          onRow={(row) => ({
            onDoubleClick: () => {
              if (!isPlaceholder(row)) onEdit(row);
            },
            'data-entry-id': isPlaceholder(row) ? undefined : row.id,
            style: { height: rowHeight },
          }) as HTMLAttributes<HTMLElement>}
          onChange={(_, __, sorter) => {
            const s = Array.isArray(sorter) ? sorter[0] : sorter;
            const key = (s?.columnKey as SortKey | undefined) ?? 'updatedAt';
            if (!s?.order) onSort('updatedAt', 'desc');
            else onSort(key, s.order === 'ascend' ? 'asc' : 'desc');
          }}
        />
      </Gaps.Provider>
    </div>
  );
}
