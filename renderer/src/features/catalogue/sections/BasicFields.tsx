import { Col, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { labelOf } from '@shared/domain/labels';
import type { JurisdictionProfile } from '@shared/profiles';
import { IssueField } from '../../../form/IssueField';
import { useLocale } from '../../../i18n/LocaleContext';
import { ExtraField } from './ExtraField';

/**
 * 资源类型, 信息资源名称 and its English name, shared by the entry editor and the wizard; the wizard
 * leaves the kind out when it asked for it on a step of its own.
 */
export function NameFields({ profile, withKind = true }: { profile: JurisdictionProfile; withKind?: boolean }) {
  const { t } = useTranslation('catalogue');
  return (
    <>
      <Row gutter={16}>
        {withKind ? (
          <Col span={8}>
            <KindField profile={profile} />
          </Col>
        ) : null}
        <Col span={withKind ? 16 : 24}>
          <IssueField name={['name']} label={t('field.name')} required>
            <Input maxLength={100} showCount placeholder={t('placeholder.name')} />
          </IssueField>
        </Col>
      </Row>
      <ExtraField field="nameEn" profile={profile} />
    </>
  );
}

/** An explicit 信息资源代码 and the confirmation of an unusual one; left empty, the code is rendered from its parts. */
export function CodeFields({ profile }: { profile: JurisdictionProfile }) {
  const { t } = useTranslation('wizard');
  return (
    <Row gutter={16}>
      <Col span={16}>
        <IssueField name={['code']} label={t('field.code')}>
          <Input maxLength={64} className="mono" />
        </IssueField>
      </Col>
      <Col span={8}>
        <ExtraField field="codeConfirmed" profile={profile} />
      </Col>
    </Row>
  );
}

/** 信息资源提供方, its 统一社会信用代码 and 内设科室, shared by the entry editor and the wizard. */
export function ProviderFields() {
  const { t } = useTranslation('catalogue');
  return (
    <>
      <Row gutter={16}>
        <Col span={12}>
          <IssueField name={['provider']} label={t('field.provider')} required>
            <Input maxLength={100} />
          </IssueField>
        </Col>
        <Col span={12}>
          <IssueField name={['providerCode']} label={t('field.providerCode')}>
            <Input maxLength={18} className="mono" />
          </IssueField>
        </Col>
      </Row>
      <IssueField name={['providerUnit']} label={t('field.providerUnit')}>
        <Input maxLength={100} placeholder={t('placeholder.providerUnit')} />
      </IssueField>
    </>
  );
}

/** 信息资源摘要. */
export function SummaryField() {
  const { t } = useTranslation('catalogue');
  return (
    <IssueField name={['summary']} label={t('field.summary')} required>
      <Input.TextArea rows={3} maxLength={1000} showCount placeholder={t('placeholder.summary')} />
    </IssueField>
  );
}

/** 资源类型: only a profile with non-data resources (拱墅) offers a choice. */
export function KindField({ profile }: { profile: JurisdictionProfile }) {
  const { t } = useTranslation('wizard');
  const { locale } = useLocale();
  return (
    <IssueField name={['kind']} label={t('field.kind')} required>
      <Select
        options={profile.resourceKinds.map((k) => ({ value: k, label: labelOf('kind', k, locale) }))}
        disabled={profile.resourceKinds.length < 2}
        data-testid="kind"
      />
    </IssueField>
  );
}
