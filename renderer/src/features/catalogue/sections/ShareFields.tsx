import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ALLOWED_SHARE_METHOD_TYPES, SHARE_METHOD_CLASSES, SHARE_METHOD_TYPES, SHARE_TYPES, type FormatClass, type ShareType } from '@shared/domain/enums';
import type { JurisdictionProfile } from '@shared/profiles';
import { IssueField } from '../../../form/IssueField';
import { useLabels, useOptions } from '../useLabels';

/** 共享类型 in the profile's words, and its condition unless unconditional — for `none` the legal basis. */
export function ShareTypeFields() {
  const { t } = useTranslation('catalogue');
  const labels = useLabels();
  const shareType = Form.useWatch<ShareType | undefined>('shareType');
  return (
    <>
      <IssueField name={['shareType']} label={t('field.shareType')} required>
        <Select options={SHARE_TYPES.map((v) => ({ value: v, label: labels.shareType(v) }))} allowClear placeholder={t('placeholder.choose')} data-testid="shareType" />
      </IssueField>
      {shareType && shareType !== 'unconditional' ? (
        <IssueField name={['shareCondition']} label={shareType === 'none' ? t('field.legalBasis') : t('field.shareCondition')} required>
          <Input.TextArea rows={2} maxLength={500} placeholder={shareType === 'none' ? t('placeholder.legalBasis') : t('placeholder.shareCondition')} />
        </IssueField>
      ) : null}
    </>
  );
}

/** The share method types a format allows (a file resource → 文件; a database → 数据库 or 接口). */
export function useAllowedMethodTypes() {
  // In the wizard the format fields live on another step, not mounted: watch the store, not the fields.
  const form = Form.useFormInstance();
  const formatClass = Form.useWatch<FormatClass | undefined>('formatClass', { form, preserve: true });
  return { formatClass, allowed: formatClass ? ALLOWED_SHARE_METHOD_TYPES[formatClass] : SHARE_METHOD_TYPES };
}

/** 共享方式分类 and 共享方式类型, required where the profile says so. */
export function ShareMethodFields({ profile }: { profile: JurisdictionProfile }) {
  const { t } = useTranslation('catalogue');
  const { allowed } = useAllowedMethodTypes();
  const methodClassOptions = useOptions('shareMethodClass', SHARE_METHOD_CLASSES);
  const methodTypeOptions = useOptions('shareMethodType', allowed);
  return (
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
  );
}
