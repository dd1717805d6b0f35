import { useCallback, useMemo, useRef, useState } from 'react';
import { Alert, Button, Form, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Entry, EntryInput } from '@shared/domain/entry';
import { EDITABLE_STATES } from '@shared/domain/states';
import { isApiError, type ApiError } from '../../api/ApiError';
import { call } from '../../api/client';
import { FieldNotesContext } from '../../form/FieldNotes';
import { IssueContext } from '../../form/IssueContext';
import { entryIssues } from './entryIssues';
import { useIssueForm } from '../../form/useIssueForm';
import { useFormSave } from '../../form/useFormSave';
import { dependentResets, type EntryFormValues } from './entryValues';
import { ENTRY_SECTIONS } from './sections';
import { RedockPanel } from './RedockPanel';
import { EntryStatePanel } from './state/EntryStatePanel';
import { PlatformRefusal, reviewNotes, ReviewSummary } from './state/ReviewComments';
import { useEntryReview } from './state/useEntryReview';
import { usePlatformRefusal } from './state/usePlatformRefusal';
import { useJumpToField } from './wizard/useJumpToField';

/** Only an entry on the platform has a catalogue to keep up to date with its system's tables. */
const REDOCKABLE_STATES: readonly Entry['state'][] = ['published', 'changing'];

export type EditTarget = { mode: 'create' } | { mode: 'edit'; id: string };

interface Props {
  target: EditTarget;
  initial: EntryFormValues;
  /** The revision the officer is editing; a newer one in the workspace is a conflict. */
  revision?: number;
  /** The stored entry being edited: its state decides what can be done, its review shows at the fields. */
  entry?: Entry;
  onSaved(entry: Entry): void;
  onCancel(): void;
  onDirty(): void;
  onReloadLatest(): void;
}

const validate = (values: EntryFormValues) => entryIssues(values);

/** The entry form with live validation; saves through the core and shows its verdict at the fields. */
export function EntryEditor({ target, initial, revision, entry, onSaved, onCancel, onDirty, onReloadLatest }: Props) {
  const { t } = useTranslation('catalogue');
  const { t: tm } = useTranslation('messages');
  const [form] = Form.useForm<EntryFormValues>();
  const issueForm = useIssueForm(form, validate);
  const [conflict, setConflict] = useState<ApiError>();
  const [dirty, setDirty] = useState(false);
  const body = useRef<HTMLDivElement>(null);
  const jump = useJumpToField(useCallback(() => body.current, []), '');
  const review = useEntryReview(entry?.id).data;
  // A return's comments stay beside the fields until the entry goes back to the platform.
  const returned = review?.result === 'returned' && entry && EDITABLE_STATES.includes(entry.state) ? review : undefined;
  const notes = useMemo(() => reviewNotes(returned?.comments ?? []), [returned]);
  const refusal = usePlatformRefusal(entry, review?.reviewedAt);
  const readOnly = entry !== undefined && !EDITABLE_STATES.includes(entry.state);

  const save = useFormSave(issueForm, {
    prefix: 'entry',
    save: (values) => {
      const entry = values as EntryInput;
      return target.mode === 'create' ? call('catalogue.create', { entry }) : call('catalogue.update', { id: target.id, revision: revision ?? 0, entry });
    },
    savedMessage: (entry) => t('saved', { name: entry.name }),
    onSaved,
    onRefused: (err) => isApiError(err, 'CONFLICT') && (setConflict(err), true),
  });

  const onValuesChange = useCallback(
    (changed: EntryFormValues, all: EntryFormValues) => {
      const resets = dependentResets(changed, all);
      if (Object.keys(resets).length) form.setFieldsValue(resets);
      issueForm.revalidate();
      setDirty(true);
      onDirty();
    },
    [form, issueForm, onDirty],
  );

  return (
    <div className="entry-editor">
      <div className="entry-editor-body" ref={body}>
        {entry ? <EntryStatePanel entry={entry} dirty={dirty} onChanged={onReloadLatest} onJump={jump} /> : null}
        {entry && REDOCKABLE_STATES.includes(entry.state) ? <RedockPanel entry={entry} /> : null}
        {refusal ? (
          <PlatformRefusal code={refusal.code} reason={refusal.reason} />
        ) : returned ? (
          <ReviewSummary review={returned} onJump={jump} />
        ) : null}
        {conflict ? (
          <Alert
            type="warning"
            showIcon
            className="entry-conflict"
            data-testid="entry-conflict"
            title={tm('error.CONFLICT', conflict.params)}
            description={t('conflictHint')}
            action={<Button onClick={onReloadLatest}>{t('reloadLatest')}</Button>}
          />
        ) : null}
        <IssueContext.Provider value={issueForm.state}>
          <FieldNotesContext.Provider value={notes}>
            <Form
              form={form}
              layout="vertical"
              initialValues={initial}
              onValuesChange={onValuesChange}
              disabled={readOnly}
              requiredMark
              data-testid="entry-form"
            >
              {ENTRY_SECTIONS.map((Section, i) => (
                <Section key={i} />
              ))}
            </Form>
          </FieldNotesContext.Provider>
        </IssueContext.Provider>
      </div>
      <div className="entry-editor-actions">
        <Space>
          <Button onClick={onCancel}>{t('cancel')}</Button>
          {readOnly ? null : (
            <Button type="primary" loading={save.isPending} onClick={() => save.submit()} data-testid="entry-save">
              {t('save')}
            </Button>
          )}
        </Space>
      </div>
    </div>
  );
}
