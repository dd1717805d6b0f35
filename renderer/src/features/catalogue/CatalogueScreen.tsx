import { useCallback, useState } from 'react';
import { App, Button, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { EntrySummary } from '@shared/domain/entry';
import { call } from '../../api/client';
import { CatalogueTable } from './CatalogueTable';
import { CatalogueTools } from './wizard/CatalogueTools';
import { HistoryDrawer } from './history/HistoryDrawer';
import { EntryDrawer } from './EntryDrawer';
import type { EditTarget } from './EntryEditor';
import { useCataloguePages, type SortKey, type SortOrder } from './useCataloguePages';

/** 目录编制: the department's catalogue, with create, edit and delete. */
export function CatalogueScreen() {
  const { t } = useTranslation('catalogue');
  const { message, modal } = App.useApp();
  const [sort, setSort] = useState<{ key: SortKey; order: SortOrder }>({ key: 'updatedAt', order: 'desc' });
  const pages = useCataloguePages(sort.key, sort.order);
  const [target, setTarget] = useState<EditTarget>();
  const [historyId, setHistoryId] = useState<string>();

  const remove = useMutation({
    mutationFn: (row: EntrySummary) => call('catalogue.delete', { id: row.id, revision: row.revision }),
    onSuccess: (_, row) => void message.success(t('delete.done', { name: row.name })),
    onError: (err) => void message.error(err.message),
  });

  const onEdit = useCallback((row: EntrySummary) => setTarget({ mode: 'edit', id: row.id }), []);
  const onDelete = useCallback(
    (row: EntrySummary) =>
      modal.confirm({
        title: t('delete.title', { name: row.name }),
        content: t('delete.content'),
        okText: t('delete.ok'),
        okButtonProps: { danger: true },
        onOk: () => remove.mutateAsync(row).catch(() => {}),
      }),
    [modal, t, remove],
  );
  const onHistory = useCallback((row: EntrySummary) => setHistoryId(row.id), []);
  const onSort = useCallback((key: SortKey, order: SortOrder) => setSort({ key, order }), []);

  return (
    <div className="screen catalogue-screen">
      <div className="screen-toolbar">
        <div>
          <Typography.Title level={4} className="screen-title">
            {t('title')}
          </Typography.Title>
          <Typography.Text type="secondary" data-testid="catalogue-total">
            {t('total', { count: pages.total })}
          </Typography.Text>
        </div>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setTarget({ mode: 'create' })} data-testid="entry-new">
          {t('new')}
        </Button>
      </div>
      {/* The tools decide from the catalogue's size whether to run whole-catalogue checks: only once it is known. */}
      {pages.isLoading ? null : <CatalogueTools total={pages.total} />}
      {pages.error ? <Typography.Text type="danger">{pages.error.message}</Typography.Text> : null}
      <CatalogueTable
        total={pages.total}
        pages={pages.pages}
        loading={pages.isLoading}
        sort={sort.key}
        order={sort.order}
        onSort={onSort}
        requestPage={pages.requestPage}
        onEdit={onEdit}
        onDelete={onDelete}
        onHistory={onHistory}
      />
      <EntryDrawer target={target} onClose={() => setTarget(undefined)} />
      <HistoryDrawer id={historyId} onClose={() => setHistoryId(undefined)} />
    </div>
  );
}
