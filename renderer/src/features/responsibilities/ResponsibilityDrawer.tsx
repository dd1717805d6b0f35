import { useState } from 'react';
import { Alert, App, Button, Drawer, Form, Input, Space } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { responsibilitySchema, type ResponsibilityInput, type ResponsibilityRow } from '@shared/domain/responsibility';
import { isApiError } from '../../api/ApiError';
import { call } from '../../api/client';
import { IssueContext } from '../../form/IssueContext';
import { IssueField } from '../../form/IssueField';
import { schemaIssues, stripPrefix } from '../../form/issues';
import { useIssueForm } from '../../form/useIssueForm';

const FIELDS = ['responsiblePerson', 'contactPhone', 'legalBasis', 'collectionResponsibility', 'updateCommitment', 'qualityResponsibility', 'objectionHandler', 'timeLimit'] as const;
const LONG: readonly string[] = ['legalBasis', 'collectionResponsibility', 'qualityResponsibility'];
const validate = (v: ResponsibilityInput) => schemaIssues(responsibilitySchema, v);

function ResponsibilityForm({ row, onDone }: { row: ResponsibilityRow; onDone(): void }) {
  const { t } = useTranslation('demands');
  const { t: tm } = useTranslation('messages');
  const { message } = App.useApp();
  const [form] = Form.useForm<ResponsibilityInput>();
  const issueForm = useIssueForm(form, validate);
  const [conflict, setConflict] = useState(false);
  const save = useMutation({
    mutationFn: (responsibility: ResponsibilityInput) => call('responsibilities.update', { entryId: row.entryId, revision: row.revision, responsibility }),
    onSuccess: (r) => {
      void message.success(t('responsibilities.saved', { name: r.name }));
      onDone();
    },
    onError: (err) => {
      if (isApiError(err, 'VALIDATION')) issueForm.setServerIssues(stripPrefix(err.issues, 'responsibility'));
      else if (isApiError(err, 'CONFLICT')) setConflict(true);
      else void message.error(err.message);
    },
  });
  const initial = Object.fromEntries(FIELDS.map((f) => [f, row[f] ?? ''])) as ResponsibilityInput;
  return (
    <>
      {conflict ? <Alert type="warning" showIcon title={t('conflict')} style={{ marginBottom: 12 }} /> : null}
      <IssueContext.Provider value={issueForm.state}>
        <Form form={form} layout="vertical" initialValues={initial} onValuesChange={() => issueForm.revalidate()} data-testid="responsibility-form">
          {FIELDS.map((f) => (
            <IssueField key={f} name={[f]} label={t(`responsibilities.field.${f}`)}>
              {LONG.includes(f) ? <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} data-testid={`responsibility-${f}`} /> : <Input data-testid={`responsibility-${f}`} />}
            </IssueField>
          ))}
        </Form>
      </IssueContext.Provider>
      <Space>
        <Button onClick={onDone}>{t('cancel')}</Button>
        <Button
          type="primary"
          loading={save.isPending}
          data-testid="responsibility-save"
          onClick={() => {
            const v = issueForm.check();
            if (v) save.mutate(v);
            else void message.error(tm('error.VALIDATION'));
          }}
        >
          {t('save')}
        </Button>
      </Space>
    </>
  );
}

/** Edits the responsibility of one row: people, legal basis, collection, updates, quality, objections. */
export function ResponsibilityDrawer({ row, onClose }: { row: ResponsibilityRow | undefined; onClose(): void }) {
  const { t } = useTranslation('demands');
  return (
    <Drawer open={!!row} size={560} destroyOnHidden onClose={onClose} title={row ? t('responsibilities.editTitle', { name: row.name }) : ''} data-testid="responsibility-drawer">
      {row ? <ResponsibilityForm key={`${row.entryId}:${row.revision}`} row={row} onDone={onClose} /> : null}
    </Drawer>
  );
}
