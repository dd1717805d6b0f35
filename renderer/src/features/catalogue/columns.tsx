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
const FIXED_WIDTH = 210 + 160 + 110 + 80 + 64 + 80 + 140 + 120;
// 188 rather than 220 since the history action joined: the table still fits a 1440-wide window.
const NAME_MIN = 188;
export const MIN_TABLE_WIDTH = FIXED_WIDTH + NAME_MIN;

interface Options {
  /** The table's width: virtual tables need every column's width in pixels. */
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
  const nameWidth = Math.max(NAME_MIN, width - FIXED_WIDTH);
  const sortOrder = (key: SortKey) => (sort === key ? (order === 'asc' ? 'ascend' : 'descend') : null);
  return [
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
      width: 210,
      ellipsis: true,
      sorter: true,
      sortOrder: sortOrder('code'),
      render: cell((row) => <Typography.Text className="mono">{row.code}</Typography.Text>),
    },
    {
      key: 'format',
      title: t('column.format'),
      width: 160,
      ellipsis: true,
      render: cell((row) => labels.format(row.formatClass, row.formatType)),
    },
    {
      key: 'shareType',
      title: t('column.shareType'),
      width: 110,
      render: cell((row) => <ShareTypeTag shareType={row.shareType} />),
    },
    { key: 'updateCycle', title: t('column.updateCycle'), width: 80, render: cell((row) => labels.enumLabel('updateCycle', row.updateCycle)) },
    { key: 'items', title: t('column.items'), width: 64, align: 'right', render: cell((row) => row.itemCount) },
    {
      key: 'state',
      title: t('column.state'),
      width: 80,
      sorter: true,
      sortOrder: sortOrder('state'),
      render: cell((row) => <StateTag state={row.state} />),
    },
    {
      key: 'updatedAt',
      title: t('column.updatedAt'),
      width: 140,
      sorter: true,
      sortOrder: sortOrder('updatedAt'),
      render: cell((row) => formatDateTime(row.updatedAt)),
    },
    {
      key: 'actions',
      title: t('column.actions'),
      width: 120,
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
}
