import { useState } from 'react';
import { Select, Table, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { OpenMethod } from '@shared/domain/enums';
import { labelOf } from '@shared/domain/labels';
import type { OpenRow } from '@shared/ipc/channels/lists';
import { call } from '../../api/client';
import { isApiError } from '../../api/ApiError';
import { queryKeys } from '../../api/queryKeys';
import { useApiEvent } from '../../api/useApiEvent';
import { useLocale } from '../../i18n/LocaleContext';
import { useLabels } from '../catalogue/useLabels';
import { ListReport } from '../demands/ListReport';

/** The forms of one entry: several where the profile allows them (雨花), one otherwise; a refusal is shown under the field. */
function FormsCell({ row, methods, max }: { row: OpenRow; methods: readonly OpenMethod[]; max: number }) {
  const { locale } = useLocale();
  const save = useMutation({ mutationFn: (openForms: string[]) => call('openData.setForms', { entryId: row.entryId, openForms }) });
  const refused = isApiError(save.error) ? save.error.issues.map((i) => i.message) : save.error ? [save.error.message] : [];
  const problems = [...refused, ...row.issues.map((i) => i.message)];
  const options = methods.map((m) => ({ value: m, label: labelOf('openMethod', m, locale) }));
  return (
    <div data-testid={`open-forms-${row.code}`}>
      <Select
        mode={max > 1 ? 'multiple' : undefined}
        allowClear
        style={{ width: '100%' }}
        options={options}
        value={max > 1 ? row.openForms : row.openForms[0]}
        aria-label={row.name}
        status={problems.length ? 'error' : undefined}
        loading={save.isPending}
        onChange={(v: string[] | string | undefined) => save.mutate(Array.isArray(v) ? v : v ? [v] : [])}
        data-testid={`open-forms-select-${row.code}`}
      />
      {problems.length ? (
        <Typography.Text type="danger" data-testid={`open-forms-error-${row.code}`}>
          {problems.join('; ')}
        </Typography.Text>
      ) : null}
    </div>
  );
}

/**
 * 开放目录: the entries open unconditionally or on conditions, with the forms each is opened by,
 * exported to Excel and submitted to the authority like the other lists.
 */
export function OpenDataScreen() {
  const { t } = useTranslation('lists');
  const { openType } = useLabels();
  const [page, setPage] = useState(1);
  const client = useQueryClient();
  // The open-data catalogue is derived from the catalogue: an entry's open type decides whether it is listed.
  useApiEvent('workspace.changed', ({ entity }) => {
    if (entity === 'catalogue') void client.invalidateQueries({ queryKey: queryKeys.openData.all });
  });
  const list = useQuery({ queryKey: queryKeys.openData.of('list'), queryFn: () => call('openData.list', {}) });
  const methods = list.data?.methods ?? [];
  const max = list.data?.max ?? 1;
  return (
    <div className="screen open-data-screen" data-testid="open-data-screen">
      <div className="screen-toolbar">
        <div>
          <Typography.Title level={4} className="screen-title">
            {t('open.title')}
          </Typography.Title>
          <Typography.Text type="secondary" data-testid="open-data-total">
            {t('open.total', { count: list.data?.rows.length ?? 0, max })}
          </Typography.Text>
        </div>
      </div>
      <ListReport list="openData" />
      {list.error ? <Typography.Text type="danger">{list.error.message}</Typography.Text> : null}
      <Table<OpenRow>
        rowKey="entryId"
        size="middle"
        loading={list.isLoading}
        dataSource={list.data?.rows ?? []}
        locale={{ emptyText: t('open.empty') }}
        pagination={{ current: page, pageSize: 50, hideOnSinglePage: true, onChange: setPage }}
        data-testid="open-data-table"
        columns={[
          { key: 'code', title: t('open.column.code'), dataIndex: 'code', width: 200, ellipsis: true },
          { key: 'name', title: t('open.column.name'), dataIndex: 'name', ellipsis: true },
          { key: 'openType', title: t('open.column.openType'), width: 140, render: (_, r) => openType(r.openType) },
          { key: 'condition', title: t('open.column.condition'), dataIndex: 'openCondition', width: 200, ellipsis: true },
          { key: 'forms', title: t('open.column.forms'), width: 360, render: (_, r) => <FormsCell row={r} methods={methods} max={max} /> },
        ]}
      />
    </div>
  );
}
