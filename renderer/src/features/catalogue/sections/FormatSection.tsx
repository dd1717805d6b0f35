import { Col, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { UPDATE_CYCLES } from '@shared/domain/enums';
import { IssueField } from '../../../form/IssueField';
import { useOptions } from '../useLabels';
import { useProfile } from '../useProfile';
import { ExtraField } from './ExtraField';
import { FormatClassField, FormatTypeField } from './FormatFields';
import { FormSection } from './FormSection';

/** 格式分类 → 格式类型 (a linked dropdown; free text for self-describing formats), other format description, and 更新周期. */
export function FormatSection() {
  const { t } = useTranslation('catalogue');
  const cycleOptions = useOptions('updateCycle', UPDATE_CYCLES);
  const profile = useProfile();
  return (
    <FormSection id="format" title={t('section.format')}>
      <Row gutter={16}>
        <Col span={8}>
          <FormatClassField />
        </Col>
        <Col span={8}>
          <FormatTypeField />
        </Col>
        <Col span={8}>
          <IssueField name={['updateCycle']} label={t('field.updateCycle')} required>
            <Select options={cycleOptions} allowClear placeholder={t('placeholder.choose')} data-testid="updateCycle" />
          </IssueField>
        </Col>
      </Row>
      <ExtraField field="formatNote" profile={profile} />
    </FormSection>
  );
}
