import { useCallback, useMemo, useState, type HTMLAttributes } from 'react';
import { Alert, App, Button, Drawer, Form, Input, Modal, Space, Table, Tag, Typography, type ButtonProps } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { authorisationChannels } from '@shared/ipc/channels/authorisations';
import type { ShareRequest } from '@shared/protocol/records';
import type { RequestEvent } from '@shared/protocol/review';
import { call } from '../../api/client';
import { isApiError } from '../../api/ApiError';
import { queryKeys } from '../../api/queryKeys';
import { formatDateTime } from '../../format/date';
import { IssueContext } from '../../form/IssueContext';
import { IssueField } from '../../form/IssueField';
import { schemaIssues } from '../../form/issues';
import { useIssueForm } from '../../form/useIssueForm';
import { ReasonRequiredModal } from '../decisions/ReasonRequiredModal';
import { historyOf } from './history';
import { ReviewRequestDetails } from './ReviewRequestDetails';

const suspended = (r: ShareRequest) => !!r.suspension && !r.suspension.liftedAt;

/**
 * Authorisations in force, for the authority: each with its suspension, opening onto everything the
 * requester filed and the request's history; suspend one for misuse (reason required, both
 * departments see it) or lift the suspension.
 */
export function AuthorisationQueue() {
  const { t } = useTranslation('review');
  const [openId, setOpenId] = useState<string>();
  const list = useQuery({ queryKey: queryKeys.review.of('authorisations'), queryFn: () => call('review.requests', { state: 'active', limit: 500 }) });
  const open = list.data?.requests.find((r) => r.id === openId);
  return (
    <>
      <div className="review-toolbar">
        <Typography.Text type="secondary">{t('authority.total', { count: list.data?.total ?? 0 })}</Typography.Text>
        <Button icon={<ReloadOutlined />} loading={list.isFetching} onClick={() => void list.refetch()} data-testid="review-authorisations-refresh">
          {t('refresh')}
        </Button>
      </div>
      {list.error ? <Typography.Text type="danger">{list.error.message}</Typography.Text> : null}
      <Table<ShareRequest>
        size="middle"
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data?.requests ?? []}
        data-testid="review-authorisations"
        locale={{ emptyText: t('authority.empty') }}
        pagination={false}
        rowClassName={() => 'clickable-row'}
        onRow={(r) => ({ onClick: () => setOpenId(r.id), 'data-testid': `authorisation-row-${r.id}` }) as HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'entry',
            title: t('requests.column.entry'),
            ellipsis: true,
            // A control of its own, so the keyboard opens the drawer too and focus comes back to it.
            render: (_, r) => (
              <Button type="link" size="small" className="review-open" onClick={() => setOpenId(r.id)} data-testid={`authorisation-open-${r.id}`}>
                {r.entryName}
              </Button>
            ),
          },
          { key: 'requester', title: t('requests.column.requester'), dataIndex: 'requesterName', width: 180, ellipsis: true },
          { key: 'provider', title: t('requests.column.provider'), dataIndex: 'providerName', width: 180, ellipsis: true },
          { key: 'validUntil', title: t('authority.validUntil'), width: 120, render: (_, r) => r.validUntil ?? '—' },
          {
            key: 'status',
            title: t('authority.status'),
            width: 120,
            render: (_, r) =>
              suspended(r) ? (
                <Tag color="red" data-testid="authorisation-suspended">
                  {t('authority.suspended')}
                </Tag>
              ) : (
                <Tag color="green">{t('authority.inForce')}</Tag>
              ),
          },
        ]}
      />
      <AuthorisationDrawer request={open} events={open ? historyOf(list.data?.events, open.id) : []} onClose={() => setOpenId(undefined)} />
    </>
  );
}

function AuthorisationDrawer({ request: r, events, onClose }: { request: ShareRequest | undefined; events: readonly RequestEvent[]; onClose(): void }) {
  const { t } = useTranslation('review');
  const { message } = App.useApp();
  const client = useQueryClient();
  const [suspending, setSuspending] = useState(false);
  const [lifting, setLifting] = useState(false);
  const refresh = () => void client.invalidateQueries({ queryKey: queryKeys.review.of('authorisations') });
  const base = useMemo(() => ({ id: r?.id ?? '', revision: r?.revision ?? 1 }), [r?.id, r?.revision]);
  return (
    <Drawer open={!!r} size={720} destroyOnHidden onClose={onClose} title={r ? t('authority.drawerTitle', { name: r.entryName }) : ''} data-testid="authorisation-drawer">
      {r ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          {suspended(r) ? (
            <Alert
              type="error"
              showIcon
              data-testid="authorisation-suspension"
              title={t('authority.suspendedSince', { at: formatDateTime(r.suspension!.suspendedAt) })}
              description={r.suspension!.reason}
            />
          ) : r.suspension?.liftedAt ? (
            <Alert type="info" showIcon title={t('authority.liftedAt', { at: formatDateTime(r.suspension.liftedAt) })} description={r.suspension.liftNote} />
          ) : null}
          <Space>
            {suspended(r) ? (
              <Button onClick={() => setLifting(true)} data-testid="authorisation-lift">
                {t('authority.lift')}
              </Button>
            ) : (
              <Button danger onClick={() => setSuspending(true)} data-testid="authorisation-suspend">
                {t('authority.suspend')}
              </Button>
            )}
          </Space>
          <ReviewRequestDetails request={r} events={events} />
          <ReasonRequiredModal
            open={suspending}
            title={t('authority.suspendTitle', { name: r.entryName, requester: r.requesterName })}
            label={t('authority.suspendReason')}
            okText={t('authority.suspend')}
            schema={authorisationChannels['authority.suspend'].input}
            base={base}
            testId="suspend-modal"
            onSubmit={async (reason) => {
              try {
                await call('authority.suspend', { ...base, reason });
                void message.success(t('authority.suspendedDone', { name: r.entryName }));
              } catch (err) {
                if (!isApiError(err, 'VALIDATION')) void message.error((err as Error).message);
                throw err;
              } finally {
                refresh();
              }
            }}
            onClose={() => setSuspending(false)}
          />
          <LiftModal request={r} open={lifting} onClose={() => setLifting(false)} onDone={refresh} />
        </Space>
      ) : null}
    </Drawer>
  );
}

/** Lifting a suspension, with an optional note both departments see. */
function LiftModal({ request: r, open, onClose, onDone }: { request: ShareRequest; open: boolean; onClose(): void; onDone(): void }) {
  const { t } = useTranslation('review');
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note: string }>();
  const base = useMemo(() => ({ id: r.id, revision: r.revision }), [r.id, r.revision]);
  const validate = useCallback((v: { note?: string }) => schemaIssues(authorisationChannels['authority.lift'].input, { ...base, ...(v.note?.trim() ? { note: v.note } : {}) }), [base]);
  const issueForm = useIssueForm(form, validate);
  const close = () => {
    form.resetFields();
    issueForm.reset();
    onClose();
  };
  const lift = useMutation({
    mutationFn: (note: string) => call('authority.lift', { ...base, ...(note ? { note } : {}) }),
    onSuccess: () => {
      void message.success(t('authority.liftedDone', { name: r.entryName }));
      close();
    },
    onError: (err) => {
      if (isApiError(err, 'VALIDATION')) issueForm.setServerIssues(err.issues);
      else void message.error(err.message);
    },
    onSettled: onDone,
  });
  const okProps = useMemo(() => ({ loading: lift.isPending, 'data-testid': 'lift-modal-ok' }) as ButtonProps, [lift.isPending]);
  return (
    <Modal
      open={open}
      title={t('authority.liftTitle', { name: r.entryName })}
      okText={t('authority.lift')}
      okButtonProps={okProps}
      onCancel={close}
      onOk={() => {
        const v = issueForm.check();
        if (v) lift.mutate((v.note ?? '').trim());
      }}
      destroyOnHidden
      data-testid="lift-modal"
    >
      <IssueContext.Provider value={issueForm.state}>
        <Form form={form} layout="vertical" onValuesChange={issueForm.revalidate} initialValues={{ note: '' }}>
          <IssueField name={['note']} label={t('authority.liftNote')}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} showCount maxLength={1000} data-testid="lift-modal-note" />
          </IssueField>
        </Form>
      </IssueContext.Provider>
    </Modal>
  );
}
