import { useState } from 'react';
import { Button, Space, Table, Tabs, Typography, type TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ObjectionView } from '@shared/ipc/channels/objections';
import { OBJECTION_OPEN_STATES } from '@shared/domain/objection-states';
import { call } from '../../api/client';
import { DeadlineList } from '../requests-common/DeadlineTag';
import { ObjectionDrawer } from './ObjectionDrawer';
import { ObjectionStateTag } from './ObjectionStateTag';
import { queryKeys } from '../../api/queryKeys';
import { formatDate } from '../../format/date';

type Role = ObjectionView['role'];

/** 数据疑义: the ones this department raised, and the ones raised against its resources, with their answer deadlines. */
export function ObjectionsScreen() {
  const { t } = useTranslation('objections');
  const [role, setRole] = useState<Role>('raiser');
  const [openId, setOpenId] = useState<string>();
  const list = useQuery({ queryKey: queryKeys.objections.of('list'), queryFn: () => call('objections.list', {}) });
  const all = list.data?.objections ?? [];
  const rows = all.filter((o) => o.role === role);
  const openCount = (r: Role) => all.filter((o) => o.role === r && OBJECTION_OPEN_STATES.includes(o.state)).length;

  return (
    <div className="screen objections-screen">
      <div className="screen-toolbar">
        <div>
          <Typography.Title level={4} className="screen-title">
            {t('title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('subtitle')}</Typography.Text>
        </div>
      </div>
      <Tabs
        activeKey={role}
        onChange={(k) => setRole(k as Role)}
        items={(['raiser', 'provider'] as const).map((r) => ({ key: r, label: <span data-testid={`objections-tab-${r}`}>{t(`tab.${r}`, { count: openCount(r) })}</span> }))}
      />
      {list.error ? <Typography.Text type="danger">{list.error.message}</Typography.Text> : null}
      <ObjectionTable rows={rows} loading={list.isLoading} empty={t(`empty.${role}`)} onOpen={setOpenId} />
      <ObjectionDrawer id={openId} onClose={() => setOpenId(undefined)} />
    </div>
  );
}

function ObjectionTable({ rows, loading, empty, onOpen }: { rows: ObjectionView[]; loading: boolean; empty: string; onOpen(id: string): void }) {
  const { t } = useTranslation('objections');
  const { t: tm } = useTranslation('messages');
  const columns: TableColumnsType<ObjectionView> = [
    {
      key: 'entry',
      title: t('column.entry'),
      render: (_, o) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{o.entryName}</Typography.Text>
          <Typography.Text type="secondary">{[o.itemName, o.recordKey].filter(Boolean).join(' / ') || t('raise.wholeEntry')}</Typography.Text>
        </Space>
      ),
    },
    { key: 'description', title: t('column.description'), dataIndex: 'description', ellipsis: true },
    { key: 'state', title: t('column.state'), width: 110, render: (_, o) => <ObjectionStateTag state={o.state} label={tm(`objections.state.${o.state}`)} /> },
    { key: 'deadline', title: t('column.deadline'), width: 300, render: (_, o) => <DeadlineList deadlines={o.deadlines} /> },
    { key: 'raisedAt', title: t('column.raisedAt'), width: 110, render: (_, o) => formatDate(o.raisedAt) },
    {
      key: 'actions',
      title: t('column.actions'),
      width: 90,
      render: (_, o) => (
        <Button size="small" type="link" onClick={() => onOpen(o.id)} data-testid={`objection-open-${o.id}`}>
          {t('open')}
        </Button>
      ),
    },
  ];
  return (
    <Table<ObjectionView>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      locale={{ emptyText: empty }}
      scroll={{ x: 1000 }}
      onRow={(o) => ({ onDoubleClick: () => onOpen(o.id) })}
      data-testid="objections-table"
    />
  );
}
