import { useRef, useState } from 'react';
import { App, Drawer, Spin, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { chinaToday } from '../demands/demandValues';
import { RequestDetails } from './RequestDetails';
import { RequestForm } from './RequestForm';
import { newRequestValues, requestToValues, type RequestPrefill } from './requestValues';
import { queryKeys } from '../../api/queryKeys';

/** A new request for a basket entry (its chosen items, what a demand already says), or an existing one. */
export type RequestTarget = { mode: 'create'; entryId: string; items: readonly string[]; prefill?: RequestPrefill } | { mode: 'view'; id: string };

/**
 * The request form and, once saved, the request itself (sealed form, submit, history) in one
 * drawer, so a request made from the shared catalogue is finished where it was started.
 */
export function RequestDrawer({ target, onClose }: { target: RequestTarget | undefined; onClose(): void }) {
  const { t } = useTranslation('requests');
  const { t: tc } = useTranslation('catalogue');
  const { modal } = App.useApp();
  const dirty = useRef(false);
  // The request saved in this drawer, and whether its draft is being edited.
  const [savedId, setSavedId] = useState<string>();
  const [editing, setEditing] = useState(false);
  const id = target?.mode === 'view' ? target.id : savedId;
  const request = useQuery({ queryKey: queryKeys.requests.of('get', id), queryFn: () => call('requests.get', { id: id! }), enabled: id !== undefined });

  const close = () => {
    dirty.current = false;
    setSavedId(undefined);
    setEditing(false);
    onClose();
  };
  const confirmDiscard = (then: () => void) => {
    if (!dirty.current) return then();
    modal.confirm({ title: tc('discard.title'), content: tc('discard.content'), okText: tc('discard.ok'), okButtonProps: { danger: true }, onOk: then });
  };
  const saved = (savedIdNow: string) => {
    dirty.current = false;
    setSavedId(savedIdNow);
    setEditing(false);
  };

  let body;
  if (!target) body = null;
  else if (id === undefined && target.mode === 'create') {
    body = (
      <RequestForm
        entryId={target.entryId}
        initial={newRequestValues(chinaToday(), target.items, target.prefill)}
        onSaved={(r) => saved(r.id)}
        onCancel={() => confirmDiscard(close)}
        onDirty={() => void (dirty.current = true)}
      />
    );
  } else if (request.isPending) body = <Spin className="page-spin" />;
  else if (request.isError) body = <Typography.Text type="danger">{request.error.message}</Typography.Text>;
  else if (editing) {
    body = (
      <RequestForm
        entryId={request.data.entryId}
        request={request.data}
        initial={requestToValues(request.data)}
        onSaved={(r) => saved(r.id)}
        onCancel={() => confirmDiscard(() => setEditing(false))}
        onDirty={() => void (dirty.current = true)}
      />
    );
  } else body = <RequestDetails request={request.data} onEdit={() => setEditing(true)} />;

  const title = id === undefined ? t('form.createTitle') : request.data ? t('detail.title', { name: request.data.entryName }) : t('detail.titleLoading');
  return (
    <Drawer open={!!target} size={760} destroyOnHidden onClose={() => confirmDiscard(close)} title={title} data-testid="request-drawer">
      {body}
    </Drawer>
  );
}
