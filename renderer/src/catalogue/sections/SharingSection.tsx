import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  ALLOWED_SHARE_METHOD_TYPES,
  OPEN_TYPES,
  SHARE_METHOD_CLASSES,
  SHARE_METHOD_TYPES,
  SHARE_TYPES,
  type FormatClass,
  type OpenType,
  type ShareType,
} from '@shared/domain/enums';
import { IssueField } from '../../form/IssueField';
import { useLabels, useOptions } from '../useLabels';
import { FormSection } from './FormSection';

/**
 * 共享属性 and 开放属性 (DOMAIN §1.3): a condition unless unconditional — for `none` the legal
 * basis — and an open condition when opening is conditional. Labels follow the workspace's profile.
 */
export function SharingSection() {
  const { t } = useTranslation('catalogue');
  const labels = useLabels();
  const shareType = Form.useWatch<ShareType | undefined>('shareType');
  const openType = Form.useWatch<OpenType | undefined>('openType');
  const formatClass = Form.useWatch<FormatClass | undefined>('formatClass');
  const methodClassOptions = useOptions('shareMethodClass', SHARE_METHOD_CLASSES);
  const allowedTypes = formatClass ? ALLOWED_SHARE_METHOD_TYPES[formatClass] : SHARE_METHOD_TYPES;
  const methodTypeOptions = useOptions('shareMethodType', allowedTypes);
  return (
    <FormSection id="sharing" title={t('section.sharing')}>
      <Row gutter={16}>
        <Col span={8}>
          <IssueField name={['shareType']} label={t('field.shareType')} required>
            <Select
              options={SHARE_TYPES.map((v) => ({ value: v, label: labels.shareType(v) }))}
              allowClear
              placeholder={t('placeholder.choose')}
              data-testid="shareType"
            />
          </IssueField>
        </Col>
        <Col span={8}>
          <IssueField name={['shareMethodClass']} label={t('field.shareMethodClass')}>
            <Select options={methodClassOptions} allowClear placeholder={t('placeholder.choose')} />
          </IssueField>
        </Col>
        <Col span={8}>
          <IssueField name={['shareMethodType']} label={t('field.shareMethodType')}>
            <Select options={methodTypeOptions} allowClear placeholder={t('placeholder.choose')} />
          </IssueField>
        </Col>
      </Row>
      {shareType && shareType !== 'unconditional' ? (
        <IssueField
          name={['shareCondition']}
          label={shareType === 'none' ? t('field.legalBasis') : t('field.shareCondition')}
          required
        >
          <Input.TextArea
            rows={2}
            maxLength={500}
            placeholder={shareType === 'none' ? t('placeholder.legalBasis') : t('placeholder.shareCondition')}
          />
        </IssueField>
      ) : null}
      <Row gutter={16}>
        <Col span={8}>
          <IssueField name={['openType']} label={t('field.openType')} required>
            <Select
              options={OPEN_TYPES.map((v) => ({ value: v, label: labels.openType(v) }))}
              allowClear
              placeholder={t('placeholder.choose')}
              data-testid="openType"
            />
          </IssueField>
        </Col>
        <Col span={16}>
          {openType === 'conditional' ? (
            <IssueField name={['openCondition']} label={t('field.openCondition')} required>
              <Input maxLength={500} placeholder={t('placeholder.openCondition')} />
            </IssueField>
          ) : null}
        </Col>
      </Row>
    </FormSection>
  );
}
