import { useRef, useState } from 'react';
import { App, Drawer, Result, Spin } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useWorkspaceInfo } from '../../api/hooks';
import { queryKeys } from '../../api/queryKeys';
import { OpenObjectionsTag } from '../objections/OpenObjectionsTag';
import { ChangeDeadlineTags } from './ChangeDeadlineTags';
import { EntryEditor, type EditTarget } from './EntryEditor';
import { entryToValues, newEntryValues } from './entryValues';

/** Create or edit one entry. Closing with unsaved changes asks first. */
export function EntryDrawer({ target, onClose }: { target: EditTarget | undefined; onClose(): void }) {
  const { t } = useTranslation('catalogue');
  const { modal } = App.useApp();
  const info = useWorkspaceInfo();
  const dirty = useRef(false);
  const editId = target?.mode === 'edit' ? target.id : undefined;
  const [load, setLoad] = useState(0);
  // The entry as stored when the drawer opened, and again only when the officer asks: a change
  // made elsewhere meanwhile surfaces as a conflict on save, never as a silent swap of the form.
  const entry = useQuery({
    queryKey: queryKeys.entryForEdit.of(editId ?? '', load),
    queryFn: () => call('catalogue.get', { id: editId! }),
    enabled: editId !== undefined,
    gcTime: 0,
  });

  const close = () => {
    dirty.current = false;
    onClose();
  };
  const requestClose = () => {
    if (!dirty.current) return close();
    modal.confirm({ title: t('discard.title'), content: t('discard.content'), okText: t('discard.ok'), okButtonProps: { danger: true }, onOk: close });
  };

  let body;
  if (!target) body = null;
  else if (target.mode === 'edit' && entry.isPending) body = <Spin className="page-spin" />;
  else if (target.mode === 'edit' && entry.isError) body = <Result status="warning" title={entry.error.message} />;
  else {
    const saved = target.mode === 'edit' ? entry.data : undefined;
    body = (
      <EntryEditor
        key={saved ? `${saved.id}:${saved.revision}` : 'new'}
        target={target}
        initial={saved ? entryToValues(saved) : newEntryValues(info)}
        revision={saved?.revision}
        entry={saved}
        onSaved={close}
        onCancel={requestClose}
        onDirty={() => void (dirty.current = true)}
        onReloadLatest={() => {
          dirty.current = false;
          setLoad((n) => n + 1);
        }}
      />
    );
  }

  return (
    <Drawer
      open={target !== undefined}
      onClose={requestClose}
      size={920}
      destroyOnHidden
      title={target?.mode === 'edit' ? t('editTitle', { code: entry.data?.code ?? '' }) : t('createTitle')}
      extra={
        <>
          <ChangeDeadlineTags entryId={editId} />
          <OpenObjectionsTag entryId={editId} />
        </>
      }
      className="entry-drawer"
      styles={{ body: { padding: 0, display: 'flex', flexDirection: 'column' } }}
      data-testid="entry-drawer"
    >
      {body}
    </Drawer>
  );
}
