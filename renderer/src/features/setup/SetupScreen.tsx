import { useCallback } from 'react';
import { App, Button, Card, Form, Input, Radio, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PROFILE_IDS, PROFILES } from '@shared/profiles';
import { isApiError } from '../../api/ApiError';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { IssueContext } from '../../form/IssueContext';
import { IssueField } from '../../form/IssueField';
import { useIssueForm } from '../../form/useIssueForm';
import { useLocale } from '../../i18n/LocaleContext';
import { ProfilePreview } from './ProfilePreview';
import { setupIssues, type SetupValues } from './setupIssues';

/** First run: which regulation the department follows, who it is, and its 统一社会信用代码. */
export function SetupScreen({ dir }: { dir: string }) {
  const { t } = useTranslation('setup');
  const { locale } = useLocale();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<SetupValues>();
  const validate = useCallback((v: SetupValues) => setupIssues(v), []);
  const issueForm = useIssueForm(form, validate);
  const profileId = Form.useWatch('profileId', form);

  const init = useMutation({
    mutationFn: (values: SetupValues) =>
      call('workspace.init', { profileId: values.profileId!, departmentName: values.departmentName!, departmentCode: values.departmentCode! }),
    onSuccess: (workspace) => {
      client.setQueryData(queryKeys.workspace.of('status'), { state: 'ready', workspace });
      void message.success(t('done'));
    },
    onError: (err) => {
      if (isApiError(err, 'VALIDATION')) issueForm.setServerIssues(err.issues);
      else void message.error(err.message);
    },
  });

  const submit = () => {
    const values = issueForm.check();
    if (values) init.mutate(values);
  };

  return (
    <div className="setup-page">
      <div className="setup-brand">{t('nav:brand')}</div>
      <div className="setup-language">
        <LanguageSwitch />
      </div>
      <Card className="setup-card" data-testid="setup">
        <Typography.Title level={3}>{t('title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
        <Typography.Paragraph type="secondary">
          {t('folder')} <Typography.Text code>{dir}</Typography.Text>
        </Typography.Paragraph>
        <IssueContext.Provider value={issueForm.state}>
          <Form form={form} layout="vertical" initialValues={{ profileId: 'national' }} onValuesChange={issueForm.revalidate} onFinish={submit}>
            <IssueField name={['profileId']} label={t('profile')} extra={t('profileHint')}>
              <Radio.Group className="profile-options" optionType="button" buttonStyle="solid">
                {PROFILE_IDS.map((id) => (
                  <Radio.Button key={id} value={id}>
                    {PROFILES[id].name[locale]}
                  </Radio.Button>
                ))}
              </Radio.Group>
            </IssueField>
            {profileId ? <ProfilePreview profileId={profileId} /> : null}
            <IssueField name={['departmentName']} label={t('departmentName')}>
              {/* The profile has its default: the first thing to type is the department, so the cursor starts there. */}
              <Input autoFocus placeholder={t('departmentNamePlaceholder')} maxLength={100} data-testid="department-name" />
            </IssueField>
            <IssueField name={['departmentCode']} label={t('departmentCode')} extra={t('departmentCodeHint')}>
              <Input placeholder={t('departmentCodePlaceholder')} maxLength={24} data-testid="department-code" className="mono" />
            </IssueField>
            <Button type="primary" htmlType="submit" size="large" block loading={init.isPending} className="setup-submit" data-testid="setup-submit">
              {t('submit')}
            </Button>
          </Form>
        </IssueContext.Provider>
      </Card>
    </div>
  );
}
