import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FORMAT_CLASSES, FORMAT_TYPES, UPDATE_CYCLES, type FormatClass } from '@shared/domain/enums';
import { IssueField } from '../../form/IssueField';
import { useOptions } from '../useLabels';
import { FormSection } from './FormSection';

/** 格式分类 → 格式类型 (a linked dropdown; free text for self-describing formats), and 更新周期. */
export function FormatSection() {
  const { t } = useTranslation('catalogue');
  const formatClass = Form.useWatch<FormatClass | undefined>('formatClass');
  const classOptions = useOptions('formatClass', FORMAT_CLASSES);
  const cycleOptions = useOptions('updateCycle', UPDATE_CYCLES);
  const types = formatClass ? FORMAT_TYPES[formatClass] : [];
  const freeText = formatClass !== undefined && types.length === 0;
  return (
    <FormSection id="format" title={t('section.format')}>
      <Row gutter={16}>
        <Col span={8}>
          <IssueField name={['formatClass']} label={t('field.formatClass')} required>
            <Select options={classOptions} allowClear placeholder={t('placeholder.choose')} data-testid="formatClass" />
          </IssueField>
        </Col>
        <Col span={8}>
          <IssueField name={['formatType']} label={t('field.formatType')} required>
            {freeText ? (
              <Input maxLength={50} placeholder={t('placeholder.selfDescribing')} />
            ) : (
              <Select
                options={types.map((v) => ({ value: v, label: v }))}
                disabled={!formatClass}
                allowClear
                showSearch
                placeholder={formatClass ? t('placeholder.choose') : t('placeholder.formatClassFirst')}
                data-testid="formatType"
              />
            )}
          </IssueField>
        </Col>
        <Col span={8}>
          <IssueField name={['updateCycle']} label={t('field.updateCycle')} required>
            <Select options={cycleOptions} allowClear placeholder={t('placeholder.choose')} data-testid="updateCycle" />
          </IssueField>
        </Col>
      </Row>
    </FormSection>
  );
}
