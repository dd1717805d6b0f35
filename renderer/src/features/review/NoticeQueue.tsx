import { useCallback, useState, type HTMLAttributes } from 'react';
import { Alert, App, Button, Descriptions, Drawer, Form, Input, Radio, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { NOTICE_KINDS } from '@shared/protocol/evaluation';
import type { Output } from '@shared/ipc/contract';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { formatDate, formatDateTime } from '../../format/date';
import { formatUscc } from '../../format/uscc';
import { IssueContext } from '../../form/IssueContext';
import { IssueField } from '../../form/IssueField';
import { useFormSave } from '../../form/useFormSave';
import { useIssueForm } from '../../form/useIssueForm';
import { conclusionIssues, EMPTY_CONCLUSION, EMPTY_NOTICE, noticeIssues, toNoticeInput, type ConclusionValues, type NoticeFormValues } from './noticeValues';
import { SharedEntrySelect } from './SharedEntrySelect';

type AuthorityNotice = Output<'notices.all'>['notices'][number];

const STATE_COLOUR: Record<AuthorityNotice['state'], string> = { issued: 'blue', answered: 'gold', accepted: 'green', reopened: 'orange' };

/**
 * The authority's anomaly notices (《拱墅区政务数字资源共建共享管理办法》第二十七、二十八条; 《松江区政务数据资源共享管理办法》第十九条):
 * every department's notices with their state and due date; issue one on a published resource
 * (kind, evidence, the due date the profile gives unless another is set), and accept or reopen a
 * department's answer. Each action is relayed to the platform; the department hears of it by its feed.
 */
export function NoticeQueue() {
  const { t } = useTranslation('review');
  const { t: tn } = useTranslation('notices');
  const client = useQueryClient();
  const [issuing, setIssuing] = useState(false);
  const [openId, setOpenId] = useState<string>();
  const list = useQuery({ queryKey: queryKeys.review.of('notices'), queryFn: () => call('notices.all', {}) });
  const refresh = () => void client.invalidateQueries({ queryKey: queryKeys.review.of('notices') });
  const open = list.data?.notices.find((n) => n.id === openId);
  return (
    <>
      <div className="review-toolbar">
        <Typography.Text type="secondary">{t('notices.total', { count: list.data?.notices.length ?? 0 })}</Typography.Text>
        <Space>
          <Button icon={<ReloadOutlined />} loading={list.isFetching} onClick={() => void list.refetch()} data-testid="review-notices-refresh">
            {t('refresh')}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setIssuing(true)} data-testid="notice-issue">
            {t('notices.issue')}
          </Button>
        </Space>
      </div>
      {list.error ? <Typography.Text type="danger">{list.error.message}</Typography.Text> : null}
      <Table<AuthorityNotice>
        size="middle"
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data?.notices ?? []}
        data-testid="review-notices"
        locale={{ emptyText: t('notices.empty') }}
        pagination={false}
        rowClassName={() => 'clickable-row'}
        onRow={(n) => ({ onClick: () => setOpenId(n.id), 'data-testid': `notice-row-${n.id}` }) as HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'entry',
            title: tn('column.resource'),
            ellipsis: true,
            render: (_, n) => (
              <Button type="link" size="small" className="review-open" onClick={() => setOpenId(n.id)} data-testid={`notice-open-${n.id}`}>
                {n.entryName}
              </Button>
            ),
          },
          { key: 'department', title: t('notices.department'), width: 200, ellipsis: true, render: (_, n) => n.departmentName ?? formatUscc(n.departmentCode) },
          { key: 'kind', title: tn('column.kind'), width: 120, render: (_, n) => tn(`kind.${n.kind}`) },
          { key: 'due', title: tn('column.due'), width: 120, dataIndex: 'dueDate' },
          {
            key: 'state',
            title: tn('column.state'),
            width: 130,
            render: (_, n) => (
              <Tag color={STATE_COLOUR[n.state]} data-testid="notice-state" data-state={n.state}>
                {tn(`state.${n.state}`)}
              </Tag>
            ),
          },
        ]}
      />
      <Drawer open={issuing} size={640} destroyOnHidden onClose={() => setIssuing(false)} title={t('notices.issueTitle')} data-testid="notice-issue-drawer">
        <IssueNoticeForm
          onDone={() => {
            setIssuing(false);
            refresh();
          }}
        />
      </Drawer>
      <Drawer open={!!open} size={640} destroyOnHidden onClose={() => setOpenId(undefined)} title={open ? t('notices.drawerTitle', { name: open.entryName }) : ''} data-testid="notice-drawer">
        {open ? <NoticeDetails key={`${open.id}:${open.revision}`} notice={open} onDone={refresh} /> : null}
      </Drawer>
    </>
  );
}

function IssueNoticeForm({ onDone }: { onDone(): void }) {
  const { t } = useTranslation('review');
  const { t: tn } = useTranslation('notices');
  const [form] = Form.useForm<NoticeFormValues>();
  const validate = useCallback((v: NoticeFormValues) => noticeIssues(v), []);
  const issueForm = useIssueForm(form, validate);
  const save = useFormSave(issueForm, {
    prefix: '',
    save: (v) => call('notices.issue', toNoticeInput(v)),
    savedMessage: (r) => t('notices.issued', { date: r.dueDate }),
    onSaved: onDone,
  });
  return (
    <IssueContext.Provider value={issueForm.state}>
      <Form form={form} layout="vertical" initialValues={EMPTY_NOTICE} onValuesChange={issueForm.revalidate} data-testid="notice-form">
        <IssueField name={['entryId']} label={t('notices.entry')} required>
          <SharedEntrySelect data-testid="notice-entry" />
        </IssueField>
        <IssueField name={['kind']} label={tn('column.kind')} required>
          <Radio.Group optionType="button" buttonStyle="solid" data-testid="notice-kind">
            {NOTICE_KINDS.map((k) => (
              <Radio.Button key={k} value={k}>
                {tn(`kind.${k}`)}
              </Radio.Button>
            ))}
          </Radio.Group>
        </IssueField>
        <IssueField name={['evidence']} label={tn('evidence')} required>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} showCount maxLength={4000} placeholder={t('notices.evidencePlaceholder')} data-testid="notice-evidence" />
        </IssueField>
        <IssueField name={['dueDate']} label={tn('column.due')} extra={t('notices.dueHint')}>
          <Input type="date" style={{ width: 200 }} data-testid="notice-due" />
        </IssueField>
        <Button type="primary" onClick={() => save.submit()} loading={save.isPending} data-testid="notice-submit">
          {t('notices.issue')}
        </Button>
      </Form>
    </IssueContext.Provider>
  );
}

/** A notice as the authority reads it, and, once the department answered, its acceptance or reopening. */
function NoticeDetails({ notice: n, onDone }: { notice: AuthorityNotice; onDone(): void }) {
  const { t } = useTranslation('review');
  const { t: tn } = useTranslation('notices');
  const { message } = App.useApp();
  const [form] = Form.useForm<ConclusionValues>();
  const validate = useCallback((v: ConclusionValues) => conclusionIssues(v), []);
  const issueForm = useIssueForm(form, validate);
  const save = useFormSave(issueForm, {
    prefix: '',
    save: (v) => call('notices.conclude', { id: n.id, revision: n.revision, result: v.result!, ...(v.note.trim() ? { note: v.note.trim() } : {}) }),
    onSaved: (r) => {
      void message.success(t(r.state === 'accepted' ? 'notices.acceptedDone' : 'notices.reopenedDone', { name: n.entryName }));
      onDone();
    },
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'department', label: t('notices.department'), children: (
              <span>
                {n.departmentName} <Typography.Text type="secondary" className="mono">{formatUscc(n.departmentCode)}</Typography.Text>
              </span>
            ),
          },
          { key: 'kind', label: tn('column.kind'), children: tn(`kind.${n.kind}`) },
          { key: 'issuedAt', label: tn('column.issuedAt'), children: formatDate(n.issuedAt) },
          { key: 'evidence', label: tn('evidence'), children: <span data-testid="notice-evidence-shown">{n.evidence}</span> },
          { key: 'state', label: tn('column.state'), children: <span data-testid="notice-drawer-state">{tn(`state.${n.state}`)}</span> },
          { key: 'due', label: tn('column.due'), children: n.dueDate },
          {
            key: 'answer',
            label: tn('rectification'),
            children: n.answer ? (
              <Space direction="vertical" size={0} data-testid="notice-answer">
                <span>{n.answer.rectification}</span>
                <Typography.Text type="secondary">
                  {t('notices.answeredAt', { at: formatDateTime(n.answer.answeredAt) })} {n.answer.late ? <Tag color="orange">{tn('late')}</Tag> : null}
                </Typography.Text>
              </Space>
            ) : (
              <Typography.Text type="secondary">{t('notices.noAnswer')}</Typography.Text>
            ),
          },
        ]}
      />
      {n.state === 'answered' ? (
        <IssueContext.Provider value={issueForm.state}>
          <Form form={form} layout="vertical" initialValues={EMPTY_CONCLUSION} onValuesChange={issueForm.revalidate} data-testid="notice-conclude-form">
            <IssueField name={['result']} label={tn('conclusion')} required>
              <Radio.Group data-testid="notice-result">
                <Radio value="accepted">{t('notices.accept')}</Radio>
                <Radio value="reopened">{t('notices.reopen')}</Radio>
              </Radio.Group>
            </IssueField>
            <IssueField name={['note']} label={t('notices.note')} extra={t('notices.noteHint')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} showCount maxLength={2000} data-testid="notice-note" />
            </IssueField>
            <Button type="primary" onClick={() => save.submit()} loading={save.isPending} data-testid="notice-conclude">
              {t('notices.conclude')}
            </Button>
          </Form>
        </IssueContext.Provider>
      ) : (
        <Alert type="info" showIcon title={t(n.state === 'accepted' ? 'notices.closed' : 'notices.waiting')} />
      )}
    </Space>
  );
}
