import { useCallback, useMemo, useState } from 'react';
import { Alert, Button, Col, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { DEMAND_BASIS_KINDS, type Demand } from '@shared/domain/demand';
import { SHARE_METHOD_TYPES, UPDATE_CYCLES } from '@shared/domain/enums';
import { isApiError } from '../../api/ApiError';
import { call } from '../../api/client';
import { useWorkspaceInfo } from '../../api/hooks';
import { useLabels } from '../catalogue/useLabels';
import { IssueField } from '../../form/IssueField';
import { IssueContext } from '../../form/IssueContext';
import { useIssueForm } from '../../form/useIssueForm';
import { useFormSave } from '../../form/useFormSave';
import { ITEM_SEPARATORS, demandIssues, toDemandInput, type DemandFormValues } from './demandValues';
import { formatUscc } from '../../format/uscc';

interface Props {
  /** The demand being edited, or none for a new one. */
  demand?: Demand;
  initial: DemandFormValues;
  onSaved(d: Demand): void;
  onCancel(): void;
  onDirty(): void;
}

/** The 需求清单 row as a form, validated as the officer types by the shared schema. */
export function DemandForm({ demand, initial, onSaved, onCancel, onDirty }: Props) {
  const { t } = useTranslation('demands');
  const { t: tm } = useTranslation('messages');
  const info = useWorkspaceInfo();
  const { enumLabel } = useLabels();
  const [form] = Form.useForm<DemandFormValues>();
  const issueForm = useIssueForm(form, demandIssues);
  const [conflict, setConflict] = useState(false);

  const basisOptions = useMemo(() => DEMAND_BASIS_KINDS.map((v) => ({ value: v, label: tm(`demands.basisKind.${v}`) })), [tm]);
  const methodOptions = useMemo(() => SHARE_METHOD_TYPES.map((v) => ({ value: v, label: enumLabel('shareMethodType', v) })), [enumLabel]);
  const cycleOptions = useMemo(() => UPDATE_CYCLES.map((v) => ({ value: v, label: enumLabel('updateCycle', v) })), [enumLabel]);

  const save = useFormSave(issueForm, {
    prefix: 'demand',
    save: (values) => {
      const input = toDemandInput(values);
      return demand ? call('demands.update', { id: demand.id, revision: demand.revision, demand: input }) : call('demands.create', { demand: input });
    },
    savedMessage: (d) => t('saved', { name: d.name }),
    onSaved,
    onRefused: (err) => isApiError(err, 'CONFLICT') && (setConflict(true), true),
  });

  const onValuesChange = useCallback(() => {
    issueForm.revalidate();
    onDirty();
  }, [issueForm, onDirty]);

  const text = (name: keyof DemandFormValues, required = false, area = false) => (
    <IssueField name={[name]} label={t(`field.${name}`)} required={required}>
      {area ? <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} data-testid={`demand-${name}`} /> : <Input data-testid={`demand-${name}`} />}
    </IssueField>
  );

  return (
    <div className="demand-form">
      {conflict ? <Alert type="warning" showIcon title={t('conflict')} data-testid="demand-conflict" style={{ marginBottom: 12 }} /> : null}
      <IssueContext.Provider value={issueForm.state}>
        <Form form={form} layout="vertical" initialValues={initial} onValuesChange={onValuesChange} requiredMark data-testid="demand-form">
          <Form.Item label={t('field.department')}>
            <Input aria-label={t('field.department')} value={info ? t('field.departmentValue', { name: info.departmentName, code: formatUscc(info.departmentCode) }) : ''} disabled />
          </Form.Item>
          {text('name', true)}
          {text('description', true, true)}
          <IssueField name={['items']} label={t('field.items')} extra={t('field.itemsHint')}>
            <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={ITEM_SEPARATORS} data-testid="demand-items" />
          </IssueField>
          <Row gutter={12}>
            <Col span={12}>{text('providerName')}</Col>
            <Col span={12}>{text('providerCode')}</Col>
          </Row>
          <Row gutter={12}>
            <Col span={8}>
              <IssueField name={['basisKind']} label={t('field.basisKind')} required>
                <Select options={basisOptions} data-testid="demand-basisKind" />
              </IssueField>
            </Col>
            <Col span={16}>
              <IssueField name={['basisText']} label={t('field.basisText')} required extra={t('field.basisTextHint')}>
                <Input data-testid="demand-basisText" />
              </IssueField>
            </Col>
          </Row>
          {text('scenario', true, true)}
          <Row gutter={12}>
            <Col span={8}>
              <IssueField name={['shareMethod']} label={t('field.shareMethod')}>
                <Select allowClear options={methodOptions} data-testid="demand-shareMethod" />
              </IssueField>
            </Col>
            <Col span={8}>
              <IssueField name={['updateFrequency']} label={t('field.updateFrequency')}>
                <Select allowClear options={cycleOptions} data-testid="demand-updateFrequency" />
              </IssueField>
            </Col>
            <Col span={8}>
              <IssueField name={['expectedVolume']} label={t('field.expectedVolume')}>
                <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid="demand-expectedVolume" />
              </IssueField>
            </Col>
          </Row>
          <Row gutter={12}>
            <Col span={12}>{text('areaScope')}</Col>
            <Col span={12}>{text('timeScope')}</Col>
          </Row>
          <Row gutter={12}>
            <Col span={8}>{text('contactName', true)}</Col>
            <Col span={8}>{text('contactPhone', true)}</Col>
            <Col span={8}>
              <IssueField name={['proposedOn']} label={t('field.proposedOn')} required>
                <Input type="date" data-testid="demand-proposedOn" />
              </IssueField>
            </Col>
          </Row>
        </Form>
      </IssueContext.Provider>
      <div style={{ marginTop: 8 }}>
        <Space>
          <Button onClick={onCancel}>{t('cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => save.submit()} data-testid="demand-save">
            {t('save')}
          </Button>
        </Space>
      </div>
    </div>
  );
}
