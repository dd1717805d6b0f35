import { useCallback, useMemo, useState } from 'react';
import { App, Button, Drawer, Form, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '@shared/protocol/authorisations';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { formatDateTime } from '../../format/date';
import { IssueContext } from '../../form/IssueContext';
import { IssueField } from '../../form/IssueField';
import { useFormSave } from '../../form/useFormSave';
import { useIssueForm } from '../../form/useIssueForm';
import { SharedEntrySelect, useSharedEntry } from './SharedEntrySelect';
import { EMPTY_SCENARIO, scenarioIssues, toScenarioInput, type ScenarioFormValues } from './scenarioValues';

/**
 * Application scenarios for scenario-based authorisation (《丽水市公共数据资源管理办法》第十九条（三）):
 * the registered ones with their resources, departments and period; register one, or withdraw it.
 */
export function ScenarioPanel() {
  const { t } = useTranslation('review');
  const { message } = App.useApp();
  const client = useQueryClient();
  const [registering, setRegistering] = useState(false);
  const list = useQuery({ queryKey: queryKeys.review.of('scenarios'), queryFn: () => call('authority.scenarios', {}) });
  const withdraw = useMutation({
    mutationFn: (s: Scenario) => call('authority.withdrawScenario', { id: s.id }),
    onSuccess: ({ scenario }) => void message.success(t('scenarios.withdrawn', { name: scenario.name })),
    onError: (err) => void message.error(err.message),
    onSettled: () => void client.invalidateQueries({ queryKey: queryKeys.review.of('scenarios') }),
  });
  return (
    <>
      <div className="review-toolbar">
        <Typography.Text type="secondary">{t('scenarios.total', { count: list.data?.total ?? 0 })}</Typography.Text>
        <Space>
          <Button icon={<ReloadOutlined />} loading={list.isFetching} onClick={() => void list.refetch()} data-testid="review-scenarios-refresh">
            {t('refresh')}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)} data-testid="scenario-register">
            {t('scenarios.register')}
          </Button>
        </Space>
      </div>
      {list.error ? <Typography.Text type="danger">{list.error.message}</Typography.Text> : null}
      <Table<Scenario>
        size="middle"
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data?.scenarios ?? []}
        data-testid="review-scenarios"
        locale={{ emptyText: t('scenarios.empty') }}
        pagination={false}
        columns={[
          { key: 'name', title: t('scenarios.name'), ellipsis: true, render: (_, s) => <Typography.Text strong>{s.name}</Typography.Text> },
          { key: 'basis', title: t('scenarios.basis'), dataIndex: 'basis', ellipsis: true },
          {
            key: 'resources',
            title: t('scenarios.resources'),
            ellipsis: true,
            render: (_, s) => s.resources.map((r) => (r.items.length ? t('scenarios.resourceItems', { name: r.entryName, items: r.items.join(t('requests.detail.joiner')) }) : r.entryName)).join(t('scenarios.resourceJoiner')),
          },
          { key: 'departments', title: t('scenarios.departments'), width: 110, render: (_, s) => t('scenarios.departmentCount', { count: s.departments.length }) },
          { key: 'period', title: t('scenarios.period'), width: 200, render: (_, s) => `${s.validFrom} – ${s.validUntil}` },
          { key: 'registeredAt', title: t('scenarios.registeredAt'), width: 150, render: (_, s) => formatDateTime(s.registeredAt) },
          {
            key: 'state',
            title: t('scenarios.state'),
            width: 150,
            render: (_, s) =>
              s.withdrawnAt ? (
                <Tag>{t('scenarios.withdrawnTag')}</Tag>
              ) : (
                <Popconfirm title={t('scenarios.withdrawConfirm', { name: s.name })} onConfirm={() => withdraw.mutate(s)} okText={t('scenarios.withdraw')}>
                  <Button size="small" danger loading={withdraw.isPending && withdraw.variables?.id === s.id} data-testid="scenario-withdraw">
                    {t('scenarios.withdraw')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      <Drawer open={registering} size={720} destroyOnHidden onClose={() => setRegistering(false)} title={t('scenarios.registerTitle')} data-testid="scenario-drawer">
        <ScenarioForm
          onDone={() => {
            setRegistering(false);
            void client.invalidateQueries({ queryKey: queryKeys.review.of('scenarios') });
          }}
        />
      </Drawer>
    </>
  );
}

/** Codes typed or pasted as a list: commas of either width, spaces. */
const TOKEN_SEPARATORS = [',', String.fromCharCode(0xff0c), ' '];

function ResourceRow({ index, onRemove, canRemove }: { index: number; onRemove(): void; canRemove: boolean }) {
  const { t } = useTranslation('review');
  const form = Form.useFormInstance<ScenarioFormValues>();
  const entryId = Form.useWatch(['resources', index, 'entryId'], form);
  const entry = useSharedEntry(entryId);
  return (
    <div className="scenario-resource" data-testid={`scenario-resource-${index}`}>
      <IssueField name={[index, 'entryId']} within={['resources']} label={t('scenarios.entry')} required>
        <SharedEntrySelect onChange={() => form.setFieldValue(['resources', index, 'items'], [])} data-testid={`scenario-entry-${index}`} />
      </IssueField>
      <IssueField name={[index, 'items']} within={['resources']} label={t('scenarios.items')} extra={t('scenarios.itemsHint')}>
        <Select
          mode="multiple"
          allowClear
          disabled={!entryId}
          loading={entry.isFetching}
          options={(entry.data?.entry.items ?? []).map((i) => ({ value: i.name, label: i.name }))}
          placeholder={t('scenarios.itemsPlaceholder')}
          data-testid={`scenario-items-${index}`}
        />
      </IssueField>
      {canRemove ? (
        <Button size="small" icon={<DeleteOutlined />} onClick={onRemove} aria-label={t('scenarios.removeResource')}>
          {t('scenarios.removeResource')}
        </Button>
      ) : null}
    </div>
  );
}

function ScenarioForm({ onDone }: { onDone(): void }) {
  const { t } = useTranslation('review');
  const [form] = Form.useForm<ScenarioFormValues>();
  const validate = useCallback((v: ScenarioFormValues) => scenarioIssues(v), []);
  const issueForm = useIssueForm(form, validate);
  // Departments the authority knows from the requests it sees, besides any code it types.
  const known = useQuery({ queryKey: queryKeys.review.of('authorisations'), queryFn: () => call('review.requests', { state: 'active', limit: 500 }) });
  const departmentOptions = useMemo(() => {
    const seen = new Map<string, string>();
    for (const r of known.data?.requests ?? []) {
      seen.set(r.requesterCode, r.requesterName);
      seen.set(r.providerCode, r.providerName);
    }
    return [...seen].map(([code, name]) => ({ value: code, label: t('scenarios.departmentOption', { name, code }) }));
  }, [known.data, t]);
  const save = useFormSave(issueForm, {
    prefix: '',
    save: (v) => call('authority.registerScenario', toScenarioInput(v)),
    savedMessage: (r) => t('scenarios.registered', { name: r.scenario.name }),
    onSaved: onDone,
  });
  return (
    <IssueContext.Provider value={issueForm.state}>
      <Form form={form} layout="vertical" initialValues={EMPTY_SCENARIO} onValuesChange={issueForm.revalidate} data-testid="scenario-form">
        <IssueField name={['name']} label={t('scenarios.name')} required>
          <Input maxLength={200} placeholder={t('scenarios.namePlaceholder')} data-testid="scenario-name" />
        </IssueField>
        <IssueField name={['basis']} label={t('scenarios.basis')} required>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} showCount maxLength={2000} placeholder={t('scenarios.basisPlaceholder')} data-testid="scenario-basis" />
        </IssueField>
        {/* The list keeps at least one resource row: each row's problems show at its own fields. */}
        <Form.Item label={t('scenarios.resources')} required>
          <Form.List name="resources">
            {(fields, { add, remove }) => (
              <Space direction="vertical" style={{ width: '100%' }}>
                {fields.map((f) => (
                  <ResourceRow key={f.key} index={f.name} canRemove={fields.length > 1} onRemove={() => remove(f.name)} />
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ items: [] })} data-testid="scenario-add-resource">
                  {t('scenarios.addResource')}
                </Button>
              </Space>
            )}
          </Form.List>
        </Form.Item>
        <IssueField name={['departments']} label={t('scenarios.departments')} required extra={t('scenarios.departmentsHint')}>
          <Select mode="tags" tokenSeparators={TOKEN_SEPARATORS} options={departmentOptions} placeholder={t('scenarios.departmentsPlaceholder')} data-testid="scenario-departments" />
        </IssueField>
        <Space size="large" wrap>
          <IssueField name={['validFrom']} label={t('scenarios.validFrom')} required>
            <Input type="date" style={{ width: 200 }} data-testid="scenario-validFrom" />
          </IssueField>
          <IssueField name={['validUntil']} label={t('scenarios.validUntil')} required>
            <Input type="date" style={{ width: 200 }} data-testid="scenario-validUntil" />
          </IssueField>
        </Space>
        <Button type="primary" onClick={() => save.submit()} loading={save.isPending} data-testid="scenario-submit">
          {t('scenarios.register')}
        </Button>
      </Form>
    </IssueContext.Provider>
  );
}
