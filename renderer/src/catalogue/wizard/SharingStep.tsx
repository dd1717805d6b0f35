import { Col, Form, Input, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ALLOWED_SHARE_METHOD_TYPES, SHARE_METHOD_CLASSES, SHARE_METHOD_TYPES, SHARE_TYPES, type FormatClass, type ShareType } from '@shared/domain/enums';
import type { JurisdictionProfile } from '@shared/profiles';
import { IssueField } from '../../form/IssueField';
import { useLabels, useOptions } from '../useLabels';

/**
 * Step 3: 共享属性 (DOMAIN §1.3) in the profile's words. The share method types offered follow
 * from the format chosen in step 1 (a file resource → 文件; a database → 数据库 or 接口).
 */
export function SharingStep({ profile }: { profile: JurisdictionProfile }) {
  const { t } = useTranslation('catalogue');
  const { t: tw } = useTranslation('wizard');
  const labels = useLabels();
  const shareType = Form.useWatch<ShareType | undefined>('shareType');
  // The format fields live on step 1, not mounted here: watch the store, not the fields.
  const form = Form.useFormInstance();
  const formatClass = Form.useWatch<FormatClass | undefined>('formatClass', { form, preserve: true });
  const formatType = Form.useWatch<string | undefined>('formatType', { form, preserve: true });
  const allowed = formatClass ? ALLOWED_SHARE_METHOD_TYPES[formatClass] : SHARE_METHOD_TYPES;
  const methodClassOptions = useOptions('shareMethodClass', SHARE_METHOD_CLASSES);
  const methodTypeOptions = useOptions('shareMethodType', allowed);
  return (
    <div className="wizard-step" data-step="sharing">
      <IssueField name={['shareType']} label={t('field.shareType')} required>
        <Select
          options={SHARE_TYPES.map((v) => ({ value: v, label: labels.shareType(v) }))}
          allowClear
          placeholder={t('placeholder.choose')}
          data-testid="shareType"
        />
      </IssueField>
      {shareType && shareType !== 'unconditional' ? (
        <IssueField name={['shareCondition']} label={shareType === 'none' ? t('field.legalBasis') : t('field.shareCondition')} required>
          <Input.TextArea rows={2} maxLength={500} placeholder={shareType === 'none' ? t('placeholder.legalBasis') : t('placeholder.shareCondition')} />
        </IssueField>
      ) : null}
      <Row gutter={16}>
        <Col span={12}>
          <IssueField name={['shareMethodClass']} label={t('field.shareMethodClass')} required={profile.requiredFields.includes('shareMethodClass')}>
            <Select options={methodClassOptions} allowClear placeholder={t('placeholder.choose')} data-testid="shareMethodClass" />
          </IssueField>
        </Col>
        <Col span={12}>
          <IssueField name={['shareMethodType']} label={t('field.shareMethodType')} required={profile.requiredFields.includes('shareMethodType')}>
            <Select options={methodTypeOptions} allowClear placeholder={t('placeholder.choose')} data-testid="shareMethodType" />
          </IssueField>
        </Col>
      </Row>
      {formatClass ? (
        <Typography.Text type="secondary" className="wizard-hint" data-testid="method-hint">
          {tw('hint.methodTypes', {
            format: [labels.enumLabel('formatClass', formatClass), formatType].filter(Boolean).join(' / '),
            types: allowed.map((v) => labels.enumLabel('shareMethodType', v)).join(tw('listSeparator')),
          })}
        </Typography.Text>
      ) : null}
    </div>
  );
}
