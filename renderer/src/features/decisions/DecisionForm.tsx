import { useMemo } from 'react';
import { Button, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RequestView } from '@shared/ipc/channels/requests';
import { call } from '../../api/client';
import { useWorkspaceInfo } from '../../api/hooks';
import { IssueContext } from '../../form/IssueContext';
import { IssueField } from '../../form/IssueField';
import { useFormSave } from '../../form/useFormSave';
import { useIssueForm } from '../../form/useIssueForm';
import { decisionIssues, newDecisionValues, reasonMinLength, toDecisionInput, type DecisionFormValues } from './decisionValues';

/**
 * The provider's decision: approve (conditions, desensitisation, period) or reject (a reason of
 * the profile's minimum length, checked as the officer types). Nothing is chosen beforehand and
 * nothing is sent until the officer has chosen and every field is right; a decision is queued in
 * the outbox by the core.
 */
export function DecisionForm({ request }: { request: RequestView }) {
  const { t } = useTranslation('decisions');
  const min = reasonMinLength(useWorkspaceInfo()?.profileId);
  const [form] = Form.useForm<DecisionFormValues>();
  const validate = useMemo(() => decisionIssues(min), [min]);
  const issueForm = useIssueForm(form, validate);
  const decision = Form.useWatch('decision', form);
  const initial = useMemo(() => newDecisionValues(request.fields.periodTo), [request.fields.periodTo]);

  const decide = useFormSave(issueForm, {
    prefix: '',
    // The form's check has refused a missing decision before this runs.
    save: (v) => call('requests.decide', toDecisionInput(request.id, { ...v, decision: v.decision ?? 'approve' })),
    savedMessage: (r) => t(`decide.done.${r.decision?.decision ?? 'approve'}`, { name: r.entryName }),
    onSaved: () => undefined,
  });
  const submit = () => decide.submit();

  const area = (name: 'reason' | 'conditions' | 'desensitisation', required = false, extra?: string) => (
    <IssueField name={[name]} label={t(`decide.${name}`)} required={required} extra={extra}>
      <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} showCount maxLength={1000} placeholder={t(`decide.${name}Placeholder`)} data-testid={`decision-${name}`} />
    </IssueField>
  );

  return (
    <IssueContext.Provider value={issueForm.state}>
      <Form form={form} layout="vertical" initialValues={initial} onValuesChange={issueForm.revalidate} data-testid="decision-form">
        <IssueField name={['decision']} label={t('decide.decision')} required>
          <Radio.Group optionType="button" buttonStyle="solid" data-testid="decision-choice">
            <Radio.Button value="approve">
              {t('decide.approve')}
            </Radio.Button>
            <Radio.Button value="reject">
              {t('decide.reject')}
            </Radio.Button>
          </Radio.Group>
        </IssueField>
        {decision === undefined ? null : decision === 'reject' ? (
          area('reason', true, t('decide.reasonHint', { min }))
        ) : (
          <>
            {area('conditions')}
            {area('desensitisation')}
            <IssueField name={['validUntil']} label={t('decide.validUntil')} extra={t('decide.validUntilHint')}>
              <Input type="date" style={{ width: 200 }} data-testid="decision-validUntil" />
            </IssueField>
          </>
        )}
        <Button type="primary" danger={decision === 'reject'} loading={decide.isPending} onClick={submit} data-testid="decision-submit">
          {t(`decide.submit.${decision ?? 'none'}`)}
        </Button>
      </Form>
    </IssueContext.Provider>
  );
}
