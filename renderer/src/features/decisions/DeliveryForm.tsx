import { useMemo } from 'react';
import { Button, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RequestView } from '@shared/ipc/channels/requests';
import { DELIVERY_METHODS } from '@shared/protocol/records';
import { call } from '../../api/client';
import { IssueContext } from '../../form/IssueContext';
import { IssueField } from '../../form/IssueField';
import { useFormSave } from '../../form/useFormSave';
import { useIssueForm } from '../../form/useIssueForm';
import { deliveryIssues, newDeliveryValues, toDeliveryInput, type DeliveryFormValues } from './deliveryValues';

/**
 * The provider records how an approved request's data is delivered: the method and what the
 * requester needs to reach it. Nothing is sent while a field is wrong; the core queues it.
 */
export function DeliveryForm({ request }: { request: RequestView }) {
  const { t } = useTranslation('decisions');
  const [form] = Form.useForm<DeliveryFormValues>();
  const issueForm = useIssueForm(form, deliveryIssues);
  const method = Form.useWatch('method', form) ?? 'interface';
  const initial = useMemo(() => newDeliveryValues(), []);

  const deliver = useFormSave(issueForm, {
    prefix: '',
    save: (v) => call('requests.deliver', toDeliveryInput(request.id, v)),
    savedMessage: (r) => t('deliver.done', { name: r.entryName }),
    onSaved: () => undefined,
  });
  const submit = () => deliver.submit();

  const text = (name: 'url' | 'viewName' | 'database' | 'location', max: number, required = true) => (
    <IssueField name={[name]} label={t(`deliver.${name}`)} required={required}>
      <Input maxLength={max} placeholder={t(`deliver.${name}Placeholder`)} data-testid={`delivery-${name}`} />
    </IssueField>
  );

  return (
    <IssueContext.Provider value={issueForm.state}>
      <Form form={form} layout="vertical" initialValues={initial} onValuesChange={issueForm.revalidate} data-testid="delivery-form">
        <Form.Item name="method" label={t('deliver.method')}>
          <Radio.Group optionType="button" buttonStyle="solid" data-testid="delivery-method">
            {DELIVERY_METHODS.map((m) => (
              <Radio.Button key={m} value={m}>
                {t(`deliver.methods.${m}`)}
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        {method === 'interface' ? text('url', 2000) : null}
        {method === 'databaseView' ? (
          <>
            {text('viewName', 128)}
            {text('database', 200, false)}
          </>
        ) : null}
        {method === 'file' ? text('location', 1000) : null}
        <IssueField name={['note']} label={t('deliver.note')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} showCount maxLength={2000} placeholder={t('deliver.notePlaceholder')} data-testid="delivery-note" />
        </IssueField>
        <Button type="primary" loading={deliver.isPending} onClick={submit} data-testid="delivery-submit">
          {t('deliver.submit')}
        </Button>
      </Form>
    </IssueContext.Provider>
  );
}
