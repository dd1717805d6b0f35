import { useCallback, useMemo } from 'react';
import { Form, Input, Modal, type ButtonProps } from 'antd';
import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { isApiError } from '../../api/ApiError';
import { IssueContext } from '../../form/IssueContext';
import { IssueField } from '../../form/IssueField';
import { schemaIssues } from '../../form/issues';
import { useIssueForm } from '../../form/useIssueForm';

interface Props {
  open: boolean;
  title: string;
  label: string;
  okText: string;
  /** The channel's input schema: the reason is checked by the rule the core applies. */
  schema: z.ZodType;
  /** The rest of the channel input (e.g. the request id). */
  base: Record<string, unknown>;
  testId: string;
  onSubmit(reason: string): Promise<unknown>;
  onClose(): void;
}

/** Asks for a reason (revocation, escalation), checked as the officer types; the action runs on OK. */
export function ReasonRequiredModal({ open, title, label, okText, schema, base, testId, onSubmit, onClose }: Props) {
  const [form] = Form.useForm<{ reason: string }>();
  const validate = useCallback((v: { reason?: string }) => schemaIssues(schema, { ...base, reason: v.reason ?? '' }), [schema, base]);
  const issueForm = useIssueForm(form, validate);
  const close = () => {
    form.resetFields();
    issueForm.reset();
    onClose();
  };
  const run = useMutation({
    mutationFn: (reason: string) => onSubmit(reason),
    onSuccess: close,
    onError: (err) => {
      // Field problems show at the field (the core's paths are the channel input's); the caller reports the rest.
      if (isApiError(err, 'VALIDATION')) issueForm.setServerIssues(err.issues);
    },
  });
  const okProps = useMemo(() => ({ danger: true, loading: run.isPending, 'data-testid': `${testId}-ok` }) as ButtonProps, [run.isPending, testId]);
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      okButtonProps={okProps}
      onCancel={close}
      onOk={() => {
        const v = issueForm.check();
        if (v) run.mutate((v.reason ?? '').trim());
      }}
      destroyOnHidden
      data-testid={testId}
    >
      <IssueContext.Provider value={issueForm.state}>
        <Form form={form} layout="vertical" onValuesChange={issueForm.revalidate} initialValues={{ reason: '' }}>
          <IssueField name={['reason']} label={label} required>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} showCount maxLength={2000} data-testid={`${testId}-reason`} />
          </IssueField>
        </Form>
      </IssueContext.Provider>
    </Modal>
  );
}
