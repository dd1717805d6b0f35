import { useState } from 'react';
import { Button, Space, Switch, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ResponsibilityRow } from '@shared/domain/responsibility';
import { call } from '../../api/client';
import { useLabels } from '../catalogue/useLabels';
import { ResponsibilityDrawer } from './ResponsibilityDrawer';
import { queryKeys } from '../../api/queryKeys';

/** Rows with an incomplete responsibility: a warning stripe on the left. */
const GAP_ROW = { boxShadow: 'inset 3px 0 0 #faad14' };

/** 责任清单: one row per catalogue entry; rows whose responsibility is incomplete show what is missing. */
export function ResponsibilityList() {
  const { t } = useTranslation('demands');
  const { enumLabel } = useLabels();
  const [gapsOnly, setGapsOnly] = useState(false);
  const [editing, setEditing] = useState<ResponsibilityRow>();
  const list = useQuery({ queryKey: queryKeys.responsibilities.of('list', gapsOnly), queryFn: () => call('responsibilities.list', { gapsOnly, limit: 1000 }) });

  const columns: TableColumnsType<ResponsibilityRow> = [
    { key: 'code', title: t('responsibilities.column.code'), dataIndex: 'code', width: 200, ellipsis: true },
    { key: 'name', title: t('responsibilities.column.name'), dataIndex: 'name', ellipsis: true },
    { key: 'department', title: t('responsibilities.column.department'), width: 200, ellipsis: true, render: (_, r) => (r.unit ? `${r.department} / ${r.unit}` : r.department) },
    { key: 'person', title: t('responsibilities.column.person'), dataIndex: 'responsiblePerson', width: 120 },
    { key: 'cycle', title: t('responsibilities.column.cycle'), width: 100, render: (_, r) => enumLabel('updateCycle', r.updateCycle) },
    {
      key: 'status',
      title: t('responsibilities.column.status'),
      width: 130,
      render: (_, r) =>
        r.gaps.length ? (
          <Tooltip title={r.gaps.map((g) => t(`responsibilities.field.${g}`)).join(t('suggest.listSeparator'))}>
            <Tag color="orange" data-testid={`responsibility-gaps-${r.entryId}`}>
              {t('responsibilities.gaps', { count: r.gaps.length })}
            </Tag>
          </Tooltip>
        ) : (
          <Tag color="success" data-testid={`responsibility-gaps-${r.entryId}`}>
            {t('responsibilities.complete')}
          </Tag>
        ),
    },
    {
      key: 'actions',
      title: t('responsibilities.column.actions'),
      width: 90,
      render: (_, r) => (
        <Button size="small" type="link" onClick={() => setEditing(r)} data-testid={`responsibility-edit-${r.entryId}`}>
          {t('edit')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary" data-testid="responsibilities-total">
          {t('responsibilities.total', { total: list.data?.total ?? 0, incomplete: list.data?.incomplete ?? 0 })}
        </Typography.Text>
        <Switch size="small" checked={gapsOnly} onChange={setGapsOnly} aria-labelledby="responsibilities-gaps-only-label" data-testid="responsibilities-gaps-only" />
        <Typography.Text id="responsibilities-gaps-only-label">{t('responsibilities.gapsOnly')}</Typography.Text>
      </Space>
      {list.error ? <Typography.Text type="danger">{list.error.message}</Typography.Text> : null}
      <Table<ResponsibilityRow>
        rowKey="entryId"
        size="middle"
        columns={columns}
        dataSource={list.data?.rows ?? []}
        loading={list.isLoading}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        onRow={(r) => ({ style: r.gaps.length ? GAP_ROW : undefined })}
        data-testid="responsibilities-table"
      />
      <ResponsibilityDrawer row={editing} onClose={() => setEditing(undefined)} />
    </>
  );
}
