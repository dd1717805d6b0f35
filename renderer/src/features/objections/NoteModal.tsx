import { useCallback } from 'react';
import { Form, Input, Modal, Radio, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { OBJECTION_ANSWERS, type ObjectionAnswer } from '@shared/domain/objection-states';
import { objectionChannels } from '@shared/ipc/channels/objections';
import { IssueContext } from '../../form/IssueContext';
import { IssueField } from '../../form/IssueField';
import { schemaIssues } from '../../form/issues';
import { useIssueForm } from '../../form/useIssueForm';

export type NoteAction = 'requestExtension' | 'answer' | 'reopen';
export interface NoteValues {
  note?: string;
  answer?: ObjectionAnswer;
}

// The note rules are the channels' own (required, at most 2000 characters).
const validate = (v: NoteValues) => schemaIssues(objectionChannels['objections.answer'].input, { id: 'x', ...v });

/** The written part of an answer: the reason for an extension, the correction made, why it is reopened. */
export function NoteModal({ action, loading, onOk, onCancel }: { action: NoteAction | undefined; loading: boolean; onOk(v: Required<Pick<NoteValues, 'note'>> & NoteValues): void; onCancel(): void }) {
  const { t } = useTranslation('objections');
  const [form] = Form.useForm<NoteValues>();
  const issueForm = useIssueForm(form, validate);
  const onValuesChange = useCallback(() => issueForm.revalidate(), [issueForm]);
  const submit = () => {
    const v = issueForm.check();
    if (v?.note) onOk({ ...v, note: v.note });
  };
  return (
    <Modal
      open={action !== undefined}
      title={action ? t(`note.title.${action}`) : ''}
      onCancel={onCancel}
      onOk={submit}
      okText={action ? t(`action.${action}`) : ''}
      confirmLoading={loading}
      okButtonProps={{ 'data-testid': 'note-ok' } as ButtonProps}
      afterOpenChange={(open) => void (open || (form.resetFields(), issueForm.reset()))}
      destroyOnHidden
    >
      <IssueContext.Provider value={issueForm.state}>
        <Form form={form} layout="vertical" initialValues={{ answer: 'corrected' }} onValuesChange={onValuesChange}>
          {action === 'answer' ? (
            <Form.Item name="answer" label={t('field.answer')}>
              <Radio.Group data-testid="note-answer" options={OBJECTION_ANSWERS.map((a) => ({ value: a, label: t(`answer.${a}`) }))} />
            </Form.Item>
          ) : null}
          <IssueField name={['note']} label={action ? t(`note.label.${action}`) : ''} required>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} showCount maxLength={2000} data-testid="note-text" />
          </IssueField>
        </Form>
      </IssueContext.Provider>
    </Modal>
  );
}
