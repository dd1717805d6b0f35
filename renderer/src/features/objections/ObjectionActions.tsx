import { useState } from 'react';
import { App, Button, Space, Tooltip, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ObjectionView } from '@shared/ipc/channels/objections';
import { call } from '../../api/client';
import { useWorkspaceInfo } from '../../api/hooks';
import { useLocale } from '../../i18n/LocaleContext';
import { useErrorText } from '../sync/useErrorText';
import { NoteModal, type NoteAction, type NoteValues } from './NoteModal';
import { availableActions, extensionBlock, extensionRule, type ObjectionAction } from './objectionActions';

const NEEDS_NOTE: readonly ObjectionAction[] = ['requestExtension', 'answer', 'reopen'];

/**
 * This side's next steps. The extension button stays visible for the provider, disabled with the
 * reason once it cannot be asked for (伊川 allows one; 丽水 none), so the officer sees why.
 */
export function ObjectionActions({ objection: o }: { objection: ObjectionView }) {
  const { t } = useTranslation('objections');
  const { locale } = useLocale();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const profile = useWorkspaceInfo()?.profileId ?? 'national';
  const [noteFor, setNoteFor] = useState<NoteAction>();

  const act = useMutation({
    mutationFn: ({ action, note, answer }: { action: ObjectionAction } & NoteValues) => {
      const id = o.id;
      switch (action) {
        case 'requestExtension':
          return call('objections.requestExtension', { id, note: note ?? '' });
        case 'answer':
          return call('objections.answer', { id, note: note ?? '', answer: answer ?? 'corrected' });
        case 'reopen':
          return call('objections.reopen', { id, note: note ?? '' });
        case 'acknowledge':
          return call('objections.acknowledge', { id });
        case 'startCorrecting':
          return call('objections.startCorrecting', { id });
        case 'confirm':
          return call('objections.confirm', { id });
      }
    },
    onSuccess: (_, { action }) => {
      setNoteFor(undefined);
      void message.success(t(`done.${action}`));
    },
    onError: (err) => void message.error(errorText(err)),
  });

  const actions = availableActions(o).filter((a) => a !== 'requestExtension');
  const block = o.role === 'provider' ? extensionBlock(o, profile) : 'state';
  const ext = extensionRule(profile);
  const run = (action: ObjectionAction) => (NEEDS_NOTE.includes(action) ? setNoteFor(action as NoteAction) : act.mutate({ action }));

  return (
    <Space wrap data-testid="objection-actions">
      {actions.map((a) => (
        <Button key={a} type={a === 'answer' || a === 'confirm' ? 'primary' : 'default'} loading={act.isPending && act.variables.action === a} onClick={() => run(a)} data-testid={`objection-${a}`}>
          {t(`action.${a}`)}
        </Button>
      ))}
      {o.role === 'provider' && !['answered', 'confirmed'].includes(o.state) ? (
        <Tooltip title={ext?.wording[locale]}>
          <Button disabled={block !== undefined} onClick={() => run('requestExtension')} data-testid="objection-requestExtension">
            {t('action.requestExtension')}
          </Button>
        </Tooltip>
      ) : null}
      {o.role === 'provider' && block && block !== 'state' && !['answered', 'confirmed'].includes(o.state) ? (
        <Typography.Text type="secondary" data-testid="extension-blocked">
          {t(`extension.blocked.${block}`, { times: ext?.times ?? 0 })}
        </Typography.Text>
      ) : null}
      <NoteModal action={noteFor} loading={act.isPending} onCancel={() => setNoteFor(undefined)} onOk={(v) => noteFor && act.mutate({ action: noteFor, ...v })} />
    </Space>
  );
}
