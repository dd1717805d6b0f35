import { useCallback, useState } from 'react';
import { Alert, App, Form, Input, Modal, Typography, type ButtonProps } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/ApiError';
import { call } from '../../api/client';
import { IssueContext } from '../../form/IssueContext';
import { IssueField } from '../../form/IssueField';
import { useIssueForm } from '../../form/useIssueForm';
import { KeyStoreWarning } from './KeyStoreWarning';
import { signInFailure } from './signInFailure';
import { signInIssues, type SignInValues } from './signInIssues';
import { useAccount, usePolicy } from './useAccount';
import { useErrorText } from './useErrorText';
import { syncKeys } from './syncQueries';

/** The address of this session's last sign-in: offered again after a sign-out (the account, and its address, are gone). */
let lastUrl = '';

/**
 * Password sign-in to the platform. The address is the policy's when the administrator set it
 * (shown, not editable); the token goes to the key store through the core, never to the page.
 */
export function SignInDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  // Mounted only while open (and once the policy is known): each opening starts from the
  // policy's address or the last account's, never from what a previous attempt left.
  const policy = usePolicy();
  return open && !policy.isPending ? <SignInModal onClose={onClose} /> : null;
}

function SignInModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('sync');
  const { message } = App.useApp();
  const client = useQueryClient();
  const policy = usePolicy().data;
  const account = useAccount();
  const errorText = useErrorText();
  const [form] = Form.useForm<SignInValues>();
  const policyUrl = policy?.platformUrl;
  const urlEditable = !policyUrl && !policy?.locked.includes('platformUrl');
  const validate = useCallback((v: SignInValues) => signInIssues(v, urlEditable), [urlEditable]);
  const issueForm = useIssueForm(form, validate);
  const [failure, setFailure] = useState<{ text: string; detail: string }>();

  const signIn = useMutation({
    mutationFn: (v: SignInValues) =>
      call('sync.signIn', { ...(urlEditable ? { platformUrl: v.platformUrl!.trim() } : {}), user: v.user!.trim(), password: v.password! }),
    onSuccess: async (signedIn) => {
      lastUrl = signedIn.platformUrl;
      client.setQueryData(syncKeys.account, { account: signedIn });
      await client.invalidateQueries({ queryKey: syncKeys.all });
      void message.success(t('signIn.done', { user: signedIn.user, department: signedIn.departmentName }));
      onClose();
    },
    onError: (err) => {
      if (isApiError(err, 'VALIDATION')) return issueForm.setServerIssues(err.issues);
      const f = isApiError(err) ? signInFailure(err.code, err.params) : undefined;
      // A password the platform never saw (the network failed) stays typed; a refused one goes.
      if (!f?.keepPassword) form.setFieldValue('password', '');
      setFailure({ text: f?.key ? t(`signIn.error.${f.key}`, { ...f.params }) : errorText(err), detail: f?.detail ?? err.message });
    },
  });

  const submit = () => {
    setFailure(undefined);
    const values = issueForm.check();
    if (values) signIn.mutate(values);
  };

  return (
    <Modal
      open
      title={t('signIn.title')}
      okText={t('signIn.submit')}
      cancelText={t('cancel')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={signIn.isPending}
      okButtonProps={{ 'data-testid': 'signin-submit' } as ButtonProps}
      modalRender={(node) => <div data-testid="signin-dialog">{node}</div>}
    >
      <KeyStoreWarning />
      {policy?.error ? <Alert type="error" showIcon className="signin-alert" title={errorText(policy.error)} data-testid="signin-policy-error" /> : null}
      <IssueContext.Provider value={issueForm.state}>
        <Form
          form={form}
          layout="vertical"
          initialValues={{ platformUrl: policyUrl ?? account?.platformUrl ?? lastUrl, user: account?.user ?? '' }}
          onValuesChange={issueForm.revalidate} onFinish={submit}>
          <IssueField
            name={['platformUrl']}
            label={t('signIn.platformUrl')}
            extra={
              urlEditable ? null : (
                <Typography.Text type="secondary" data-testid="signin-url-locked">
                  <LockOutlined /> {t('lockedByPolicy')}
                </Typography.Text>
              )
            }
          >
            <Input disabled={!urlEditable} placeholder={t('signIn.urlPlaceholder')} maxLength={500} className="mono" data-testid="signin-url" />
          </IssueField>
          <IssueField name={['user']} label={t('signIn.user')}>
            <Input autoComplete="username" maxLength={64} data-testid="signin-user" />
          </IssueField>
          <IssueField name={['password']} label={t('signIn.password')}>
            <Input.Password autoComplete="current-password" maxLength={256} onPressEnter={submit} data-testid="signin-password" />
          </IssueField>
        </Form>
      </IssueContext.Provider>
      {failure ? (
        <Alert
          type="error"
          showIcon
          title={t('signIn.failed')}
          description={
            <>
              <div>{failure.text}</div>
              <Typography.Text type="secondary" className="signin-error-detail" data-testid="signin-error-detail">
                {t('signIn.detail', { detail: failure.detail })}
              </Typography.Text>
            </>
          }
          data-testid="signin-error"
        />
      ) : null}
    </Modal>
  );
}
