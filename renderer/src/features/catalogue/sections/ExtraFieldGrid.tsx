import { Col, Row } from 'antd';
import { useProfile } from '../useProfile';
import { ExtraField } from './ExtraField';
import { controlOf, type ExtraFieldName } from './extraFields';

/** Extra fields two to a row; long texts take a row of their own. */
export function ExtraFieldGrid({ fields }: { fields: readonly ExtraFieldName[] }) {
  const profile = useProfile();
  return (
    <Row gutter={16}>
      {fields.map((f) => (
        <Col key={f} span={controlOf(f) === 'longText' ? 24 : 12}>
          <ExtraField field={f} profile={profile} />
        </Col>
      ))}
    </Row>
  );
}
