import type { ReactNode } from 'react';
import { Button, Space, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { DeleteOutlined, EditOutlined, HistoryOutlined } from '@ant-design/icons';
import type { TFunction } from 'i18next';
import type { EntrySummary } from '@shared/domain/entry';
import { PageRequest } from './PageRequest';
import { StateTag } from './state/StateTag';
import { isPlaceholder, type CatalogueRow } from './rows';
import { PAGE_SIZE, type SortKey, type SortOrder } from './useCataloguePages';
import type { useLabels } from './useLabels';
import { formatDateTime } from '../../format/date';
import { ShareTypeTag } from './ShareTypeTag';


/** Widths of every column but the name, which takes what is left (at least NAME_MIN). */
const WIDTH = { code: 210, format: 150, shareType: 110, updateCycle: 80, items: 64, state: 80, updatedAt: 140, actions: 112 } as const;
// 188 rather than 220 since the history action joined: the table still fits a 1440-wide window.
const NAME_MIN = 188;
/**
 * Columns left out, in this order, when the table would not fit its box: a column scrolled under
 * the fixed actions is hidden from the officer, so the least needed ones (the item count, then
 * the update cycle, both in the editor) give way first, and the table only scrolls below that.
 */
const OPTIONAL = ['items', 'updateCycle'] as const;
type Optional = (typeof OPTIONAL)[number];
const sum = (keys: readonly (keyof typeof WIDTH)[]) => keys.reduce((n, k) => n + WIDTH[k], 0);
const ALL = Object.keys(WIDTH) as (keyof typeof WIDTH)[];

/** The optional columns a table box of `width` leaves out. */
export function omittedColumns(width: number): Optional[] {
  const omitted: Optional[] = [];
  for (const key of OPTIONAL) {
    if (sum(ALL.filter((k) => !(omitted as string[]).includes(k))) + NAME_MIN <= width) break;
    omitted.push(key);
  }
  return omitted;
}

/** The narrowest the table gets: below it, it scrolls sideways. */
export const MIN_TABLE_WIDTH = sum(ALL.filter((k) => !(OPTIONAL as readonly string[]).includes(k))) + NAME_MIN;

interface Options {
  /** The table's width: the table lays its columns out fixed, every column's width in pixels. */
  width: number;
  t: TFunction<'catalogue'>;
  labels: ReturnType<typeof useLabels>;
  sort: SortKey;
  order: SortOrder;
  requestPage(page: number): void;
  onEdit(row: EntrySummary): void;
  onDelete(row: EntrySummary): void;
  onHistory(row: EntrySummary): void;
  historyLabel: string;
}

/** A cell of a fetched row; placeholders draw nothing but the first cell's skeleton. */
const cell = (render: (row: EntrySummary) => ReactNode) => (_: unknown, row: CatalogueRow) =>
  isPlaceholder(row) ? null : render(row);

export function catalogueColumns({ width, t, labels, sort, order, requestPage, onEdit, onDelete, onHistory, historyLabel }: Options): ColumnsType<CatalogueRow> {
  const omitted: string[] = omittedColumns(width);
  const nameWidth = Math.max(NAME_MIN, width - sum(ALL.filter((k) => !omitted.includes(k))));
  const sortOrder = (key: SortKey) => (sort === key ? (order === 'asc' ? 'ascend' : 'descend') : null);
  const columns: ColumnsType<CatalogueRow> = [
    {
      key: 'name',
      title: t('column.name'),
      width: nameWidth,
      sorter: true,
      sortOrder: sortOrder('name'),
      render: (_, row) =>
        isPlaceholder(row) ? (
          <PageRequest page={Math.floor(row.index / PAGE_SIZE)} onRequest={requestPage} />
        ) : (
          <Typography.Text strong ellipsis={{ tooltip: row.name }} className="entry-name">
            {row.name}
          </Typography.Text>
        ),
    },
    {
      key: 'code',
      title: t('column.code'),
      width: WIDTH.code,
      ellipsis: true,
      sorter: true,
      sortOrder: sortOrder('code'),
      render: cell((row) => <Typography.Text className="mono">{row.code}</Typography.Text>),
    },
    {
      key: 'format',
      title: t('column.format'),
      width: WIDTH.format,
      ellipsis: true,
      render: cell((row) => labels.format(row.formatClass, row.formatType)),
    },
    {
      key: 'shareType',
      title: t('column.shareType'),
      width: WIDTH.shareType,
      render: cell((row) => <ShareTypeTag shareType={row.shareType} />),
    },
    { key: 'updateCycle', title: t('column.updateCycle'), width: WIDTH.updateCycle, render: cell((row) => labels.enumLabel('updateCycle', row.updateCycle)) },
    { key: 'items', title: t('column.items'), width: WIDTH.items, align: 'right', render: cell((row) => row.itemCount) },
    {
      key: 'state',
      title: t('column.state'),
      width: WIDTH.state,
      sorter: true,
      sortOrder: sortOrder('state'),
      render: cell((row) => <StateTag state={row.state} />),
    },
    {
      key: 'updatedAt',
      title: t('column.updatedAt'),
      width: WIDTH.updatedAt,
      sorter: true,
      sortOrder: sortOrder('updatedAt'),
      render: cell((row) => formatDateTime(row.updatedAt)),
    },
    {
      key: 'actions',
      title: t('column.actions'),
      width: WIDTH.actions,
      fixed: 'right',
      render: cell((row) => (
        <Space size={0} onClick={(e) => e.stopPropagation()}>
          <Tooltip title={t('edit')}>
            <Button type="text" icon={<EditOutlined />} onClick={() => onEdit(row)} aria-label={t('edit')} data-testid="row-edit" />
          </Tooltip>
          <Tooltip title={historyLabel}>
            <Button type="text" icon={<HistoryOutlined />} onClick={() => onHistory(row)} aria-label={historyLabel} data-testid="row-history" />
          </Tooltip>
          <Tooltip title={t('delete.action')}>
            <Button type="text" danger icon={<DeleteOutlined />} onClick={() => onDelete(row)} aria-label={t('delete.action')} data-testid="row-delete" />
          </Tooltip>
        </Space>
      )),
    },
  ];
  return columns.filter((c) => !omitted.includes(String(c.key)));
}
