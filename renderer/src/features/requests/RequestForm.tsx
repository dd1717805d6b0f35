import { useCallback, useMemo } from 'react';
import { Button, Col, Descriptions, Form, Input, Row, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { DEMAND_BASIS_KINDS } from '@shared/domain/demand';
import { SHARE_METHOD_TYPES } from '@shared/domain/enums';
import { requestFieldsSchema } from '@shared/domain/request';
import type { RequestView } from '@shared/ipc/channels/requests';
import { call } from '../../api/client';
import { useWorkspaceInfo } from '../../api/hooks';
import { IssueField } from '../../form/IssueField';
import { IssueContext } from '../../form/IssueContext';
import { useIssueForm } from '../../form/useIssueForm';
import { useFormSave } from '../../form/useFormSave';
import { useEntryDetails } from '../search/EntryDetails';
import { requestIssues, type RequestFormValues } from './requestValues';
import { formatUscc } from '../../format/uscc';
import { ShareTypeTag } from '../catalogue/ShareTypeTag';

interface Props {
  entryId: string;
  /** The draft being edited, or none for a new request. */
  request?: RequestView;
  initial: RequestFormValues;
  onSaved(r: RequestView): void;
  onCancel(): void;
  onDirty(): void;
}

/** A share request's fields, validated as the officer types by the schema the core applies. */
export function RequestForm({ entryId, request, initial, onSaved, onCancel, onDirty }: Props) {
  const { t } = useTranslation('requests');
  const { t: tm } = useTranslation('messages');
  const info = useWorkspaceInfo();
  const entry = useEntryDetails({ id: entryId, scope: 'shared' }).data;
  const shareType = request?.shareType ?? entry?.shareType;
  const [form] = Form.useForm<RequestFormValues>();
  const issueForm = useIssueForm(form, requestIssues);

  const itemOptions = useMemo(() => (entry?.items ?? []).map((i) => ({ value: i.name, label: i.name })), [entry]);
  const basisOptions = useMemo(() => DEMAND_BASIS_KINDS.map((v) => ({ value: v, label: tm(`demands.basisKind.${v}`) })), [tm]);
  const methodOptions = useMemo(() => SHARE_METHOD_TYPES.map((v) => ({ value: v, label: tm(`requests.shareMethod.${v}`) })), [tm]);

  const save = useFormSave(issueForm, {
    prefix: 'fields',
    save: (values) => {
      const fields = requestFieldsSchema.parse({ ...values, items: values.items ?? [] });
      return request ? call('requests.update', { id: request.id, fields }) : call('requests.create', { entryId, fields });
    },
    savedMessage: (r) => t('form.saved', { name: r.entryName }),
    onSaved,
  });

  const onValuesChange = useCallback(() => {
    issueForm.revalidate();
    onDirty();
  }, [issueForm, onDirty]);

  const text = (name: 'purpose' | 'scenario' | 'basisText' | 'contactName' | 'contactPhone', area = false, extra?: string) => (
    <IssueField name={[name]} label={t(`field.${name}`)} required extra={extra}>
      {area ? <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} data-testid={`request-${name}`} /> : <Input data-testid={`request-${name}`} />}
    </IssueField>
  );
  const date = (name: 'periodFrom' | 'periodTo') => (
    <IssueField name={[name]} label={t(`field.${name}`)} required>
      <Input type="date" data-testid={`request-${name}`} />
    </IssueField>
  );

  return (
    <div className="request-form">
      <Descriptions column={2} size="small" bordered style={{ marginBottom: 16 }} data-testid="request-form-entry">
        <Descriptions.Item label={t('field.entry')} span={2}>
          {request?.entryName ?? entry?.name ?? ''} <span className="mono">{request?.entryCode ?? entry?.code ?? ''}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('field.provider')}>{request?.providerName ?? entry?.provider ?? ''}</Descriptions.Item>
        <Descriptions.Item label={t('field.shareType')}>
          {shareType ? <ShareTypeTag shareType={shareType} /> : null}
        </Descriptions.Item>
        <Descriptions.Item label={t('field.requester')} span={2}>
          {info ? `${info.departmentName} · ${formatUscc(info.departmentCode)}` : ''}
        </Descriptions.Item>
      </Descriptions>
      <IssueContext.Provider value={issueForm.state}>
        <Form form={form} layout="vertical" initialValues={initial} onValuesChange={onValuesChange} requiredMark data-testid="request-form">
          <IssueField name={['items']} label={t('field.items')} extra={t('field.itemsHint')}>
            <Select mode="multiple" allowClear options={itemOptions} placeholder={t('field.itemsAll')} data-testid="request-items" />
          </IssueField>
          {text('purpose', true)}
          {text('scenario', true)}
          <Row gutter={12}>
            <Col span={8}>
              <IssueField name={['basisKind']} label={t('field.basisKind')} required>
                <Select options={basisOptions} data-testid="request-basisKind" />
              </IssueField>
            </Col>
            <Col span={16}>{text('basisText', false, t('field.basisTextHint'))}</Col>
          </Row>
          <Row gutter={12}>
            <Col span={8}>
              <IssueField name={['shareMethod']} label={t('field.shareMethod')} required>
                <Select options={methodOptions} data-testid="request-shareMethod" />
              </IssueField>
            </Col>
            <Col span={8}>{date('periodFrom')}</Col>
            <Col span={8}>{date('periodTo')}</Col>
          </Row>
          <Row gutter={12}>
            <Col span={12}>{text('contactName')}</Col>
            <Col span={12}>{text('contactPhone')}</Col>
          </Row>
        </Form>
      </IssueContext.Provider>
      <Space>
        <Button onClick={onCancel}>{t('form.cancel')}</Button>
        <Button type="primary" loading={save.isPending} onClick={() => save.submit()} data-testid="request-save">
          {t('form.save')}
        </Button>
      </Space>
    </div>
  );
}
