import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { classificationPath, type Classification } from '@shared/domain/classification';
import { labelOf } from '@shared/domain/labels';
import type { JurisdictionProfile } from '@shared/profiles';
import { useLocale } from '../../../i18n/LocaleContext';
import type { EntryFormValues } from '../entryValues';
import { useLabels } from '../useLabels';

/** Profile-required fields shown in the summary by how their value reads. */
const CHOICES = { dataGrade: 'dataGrade', dockingMethod: 'dockingMethod' } as const;

/**
 * The review step's summary of what was entered, step by step, in the officer's words: labels for
 * every enumeration (a format type reads `达梦 DM`, never `Dm`), 未填 where nothing was entered.
 */
export function WizardSummary({ values, profile }: { values: EntryFormValues; profile: JurisdictionProfile }) {
  const { t } = useTranslation('wizard');
  const { t: tc } = useTranslation('catalogue');
  const { locale } = useLocale();
  const labels = useLabels();
  const none = <Typography.Text type="secondary">{t('summary.none')}</Typography.Text>;
  const text = (v: string | undefined) => (v?.trim() ? v : none);
  const items = (values.items ?? []).filter((i) => i?.name);
  const classification = values.classification as Classification | undefined;
  const extras = profile.requiredFields.filter((f) => !['classification', 'shareMethodClass', 'shareMethodType'].includes(f));
  const extra = (f: (typeof extras)[number]) => {
    const v = (values as Record<string, unknown>)[f];
    if (v === undefined || v === null || v === '') return none;
    const vocabulary = CHOICES[f as keyof typeof CHOICES];
    return vocabulary ? labelOf(vocabulary, v as never, locale) : String(v);
  };
  const share = values.shareType ? labels.shareType(values.shareType) : undefined;
  const method = [values.shareMethodClass && labels.enumLabel('shareMethodClass', values.shareMethodClass), values.shareMethodType && labels.enumLabel('shareMethodType', values.shareMethodType)].filter(Boolean).join(' / ');
  return (
    <Descriptions column={1} size="small" bordered title={t('summary.title')} className="wizard-summary" data-testid="wizard-summary">
      <Descriptions.Item label={tc('field.name')}>{text(values.name)}</Descriptions.Item>
      <Descriptions.Item label={tc('field.summary')}>
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: values.summary }} className="wizard-summary-text">
          {text(values.summary)}
        </Typography.Paragraph>
      </Descriptions.Item>
      <Descriptions.Item label={t('field.classification')}>
        {classification?.category ? classificationPath(classification).map((l) => l[locale]).join(' › ') || none : none}
      </Descriptions.Item>
      <Descriptions.Item label={tc('field.provider')}>{text(values.provider)}</Descriptions.Item>
      <Descriptions.Item label={tc('column.format')}>
        <span data-testid="wizard-summary-format">{values.formatClass ? labels.format(values.formatClass, values.formatType) : none}</span>
      </Descriptions.Item>
      <Descriptions.Item label={tc('section.items')}>
        {items.length ? t('summary.items', { count: items.length, names: items.slice(0, 5).map((i) => i.name).join(t('listSeparator')) }) : none}
      </Descriptions.Item>
      <Descriptions.Item label={tc('field.shareType')}>{share ? [share, values.shareType !== 'unconditional' ? values.shareCondition : undefined].filter(Boolean).join(t('sentenceSeparator')) : none}</Descriptions.Item>
      <Descriptions.Item label={tc('field.shareMethodClass')}>{method || none}</Descriptions.Item>
      <Descriptions.Item label={tc('field.openType')}>{values.openType ? [labels.openType(values.openType), values.openType === 'conditional' ? values.openCondition : undefined].filter(Boolean).join(t('sentenceSeparator')) : none}</Descriptions.Item>
      <Descriptions.Item label={tc('field.updateCycle')}>{values.updateCycle ? labels.enumLabel('updateCycle', values.updateCycle) : none}</Descriptions.Item>
      {extras.map((f) => (
        <Descriptions.Item key={f} label={t(`extra.${f}`)}>
          {extra(f)}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}
