import { useCallback, useState } from 'react';
import { App, Form, Input, Modal, Select, type ButtonProps } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { objectionChannels, type ObjectionView } from '@shared/ipc/channels/objections';
import { isApiError } from '../../api/ApiError';
import { call } from '../../api/client';
import { IssueContext } from '../../form/IssueContext';
import { IssueField } from '../../form/IssueField';
import { schemaIssues } from '../../form/issues';
import { useIssueForm } from '../../form/useIssueForm';
import { useErrorText } from '../sync/useErrorText';
import { EvidencePicker } from './EvidencePicker';

export interface ObjectionSubject {
  id: string;
  name: string;
  items: readonly { name: string }[];
}

interface Values {
  itemName?: string;
  recordKey?: string;
  description?: string;
}

const raiseInput = objectionChannels['objections.raise'].input;
/** The channel's own schema, so the form says what the core would refuse (entry and evidence are not fields). */
const validate = (v: Values) => schemaIssues(raiseInput, { entryId: 'x', ...v });

/** 提出数据疑义 on a shared entry: the whole resource, one data item or one record, with evidence. */
export function RaiseObjectionModal({ entry, onClose }: { entry: ObjectionSubject | undefined; onClose(): void }) {
  const { t } = useTranslation('objections');
  const { t: tm } = useTranslation('messages');
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const issueForm = useIssueForm(form, validate);
  const [evidence, setEvidence] = useState<ObjectionView['attachments']>([]);

  const raise = useMutation({
    mutationFn: (v: Values) =>
      call('objections.raise', {
        entryId: entry!.id,
        description: v.description ?? '',
        ...(v.itemName ? { itemName: v.itemName } : {}),
        ...(v.recordKey?.trim() ? { recordKey: v.recordKey.trim() } : {}),
        attachments: evidence.map((a) => a.sha256),
      }),
    onSuccess: () => {
      void message.success(t('raise.done', { name: entry?.name ?? '' }));
      close();
    },
    onError: (err) => {
      if (isApiError(err, 'VALIDATION')) {
        issueForm.setServerIssues(err.issues);
        issueForm.setShowAll(true);
      }
      void message.error(errorText(err));
    },
  });

  const close = () => {
    form.resetFields();
    issueForm.reset();
    setEvidence([]);
    onClose();
  };
  const submit = () => {
    const v = issueForm.check();
    if (v) raise.mutate(v);
    else void message.error(tm('error.VALIDATION'));
  };
  const onValuesChange = useCallback(() => issueForm.revalidate(), [issueForm]);

  return (
    <Modal
      open={entry !== undefined}
      title={t('raise.title', { name: entry?.name ?? '' })}
      onCancel={close}
      onOk={submit}
      okText={t('raise.submit')}
      confirmLoading={raise.isPending}
      okButtonProps={{ 'data-testid': 'raise-submit' } as ButtonProps}
      width={620}
      destroyOnHidden
      data-testid="raise-modal"
    >
      <IssueContext.Provider value={issueForm.state}>
        <Form form={form} layout="vertical" onValuesChange={onValuesChange}>
          <IssueField name={['itemName']} label={t('raise.item')} extra={t('raise.itemHint')}>
            <Select allowClear placeholder={t('raise.wholeEntry')} options={entry?.items.map((i) => ({ value: i.name, label: i.name })) ?? []} data-testid="raise-item" />
          </IssueField>
          <IssueField name={['recordKey']} label={t('raise.recordKey')} extra={t('raise.recordKeyHint')}>
            <Input maxLength={200} data-testid="raise-record-key" />
          </IssueField>
          <IssueField name={['description']} label={t('raise.description')} required>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} showCount maxLength={2000} data-testid="raise-description" />
          </IssueField>
          <Form.Item label={t('raise.evidence')}>
            <EvidencePicker value={evidence} onChange={setEvidence} />
          </Form.Item>
        </Form>
      </IssueContext.Provider>
    </Modal>
  );
}
