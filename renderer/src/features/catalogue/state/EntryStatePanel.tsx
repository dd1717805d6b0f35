import { useState, type ReactElement } from 'react';
import { Alert, App, Button, Space, Tooltip, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Entry } from '@shared/domain/entry';
import type { EntryState } from '@shared/domain/enums';
import { officerTargets } from '@shared/domain/states';
import type { QualityIssueView } from '@shared/ipc/channels/catalogue';
import type { ValidationIssue } from '@shared/ipc/errors';
import { isApiError } from '../../../api/ApiError';
import { call } from '../../../api/client';
import { QualityIssueList } from '../quality/QualityIssueList';
import { StateTag } from './StateTag';
import './state.css';

/**
 * The moves the officer makes here. Retiring is left out on purpose: it must reach the platform
 * (catalogue.retire), which a local state change alone would not do.
 */
const OFFERED: readonly EntryState[] = ['ready', 'draft', 'changing'];

interface Props {
  entry: Entry;
  /** Unsaved edits: a state change would act on the stored revision, not on what is on screen. */
  dirty: boolean;
  /** The entry changed (or changed elsewhere): reload it. */
  onChanged(): void;
  onJump(path: string): void;
}

/** The entry's state and what the officer can do next: mark ready (blocked by quality errors), submit, change. */
export function EntryStatePanel({ entry, dirty, onChanged, onJump }: Props) {
  const { t } = useTranslation('review');
  const { message } = App.useApp();
  const [blocking, setBlocking] = useState<QualityIssueView[]>();

  const onError = (err: Error) => {
    if (isApiError(err, 'ENTRY_HAS_ERRORS')) {
      // The refusal names the errors without their parameters: the report words them fully.
      setBlocking(err.issues.map(asFinding));
      call('catalogue.quality', { id: entry.id })
        .then((q) => {
          const errors = q.entries[0]?.issues.filter((i) => i.severity === 'error');
          if (errors?.length) setBlocking(errors);
        })
        .catch(() => {});
    } else if (isApiError(err, 'CONFLICT')) {
      void message.warning(t('officer.changedElsewhere'));
      onChanged();
    } else void message.error(err.message);
  };
  const setState = useMutation({
    mutationFn: (state: EntryState) => call('catalogue.setState', { id: entry.id, revision: entry.revision, state }),
    onSuccess: (saved) => {
      void message.success(t(`officer.moved.${saved.state}`, { name: saved.name }));
      onChanged();
    },
    onError,
  });
  const submit = useMutation({
    mutationFn: () => call('catalogue.submit', { id: entry.id, revision: entry.revision }),
    onSuccess: (saved) => {
      void message.success(t('officer.submitted', { name: saved.name }));
      onChanged();
    },
    onError,
  });

  const busy = setState.isPending || submit.isPending;
  const targets = officerTargets(entry.state).filter((s) => OFFERED.includes(s));
  const guard = (button: ReactElement, key: string) =>
    dirty ? (
      <Tooltip key={key} title={t('officer.saveFirst')}>
        {button}
      </Tooltip>
    ) : (
      button
    );

  return (
    <>
      <div className="entry-state-panel" data-testid="entry-state-panel">
        <Space>
          <StateTag state={entry.state} />
          <Typography.Text type="secondary">{t(`officer.hint.${entry.state}`)}</Typography.Text>
        </Space>
        <Space>
          {targets.map((s) =>
            guard(
              <Button
                key={s}
                disabled={dirty || busy}
                loading={setState.isPending && setState.variables === s}
                type={s === 'ready' && entry.state !== 'ready' ? 'primary' : 'default'}
                onClick={() => {
                  setBlocking(undefined);
                  setState.mutate(s);
                }}
                data-testid={`state-${s}`}
              >
                {t(`officer.to.${s}`)}
              </Button>,
              s,
            ),
          )}
          {entry.state === 'ready'
            ? guard(
                <Button key="submit" type="primary" disabled={dirty || busy} loading={submit.isPending} onClick={() => submit.mutate()} data-testid="entry-submit">
                  {t('officer.submit')}
                </Button>,
                'submit',
              )
            : null}
        </Space>
      </div>
      {blocking ? (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setBlocking(undefined) }}
          className="entry-state-panel"
          data-testid="ready-blocked"
          title={t('officer.blocked', { count: blocking.length })}
          description={<QualityIssueList issues={blocking} onJump={onJump} />}
        />
      ) : null}
    </>
  );
}

/** An error of the ENTRY_HAS_ERRORS refusal as a finding, worded by the core. */
function asFinding(issue: ValidationIssue): QualityIssueView {
  return { code: 'refused', severity: 'error', path: issue.path, message: issue.message };
}
