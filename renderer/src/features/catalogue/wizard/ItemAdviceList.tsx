import { Alert, Button, Form, List, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DataItemInput } from '@shared/domain/entry';
import type { QualityIssueView } from '@shared/ipc/channels/catalogue';
import { useIssueMessage } from '../quality/useIssueMessage';
import { itemAdvice } from './advice';

/**
 * Sensitive items and 一数一源 findings of the draft, beside the items table: each names the item
 * and, for a sensitive one, offers the suggestion (有条件共享 with a desensitisation note).
 */
export function ItemAdviceList({ issues, onApply }: { issues: readonly QualityIssueView[]; onApply(index: number): void }) {
  const { t } = useTranslation('wizard');
  const items = (Form.useWatch<DataItemInput[] | undefined>('items') ?? []) as (DataItemInput | undefined)[];
  const messageOf = useIssueMessage();
  const rows = itemAdvice(issues);
  if (!rows.length) return null;
  return (
    <Alert
      type="warning"
      showIcon
      className="item-advice"
      data-testid="item-advice"
      title={t('advice.title', { count: rows.length })}
      description={
        <List
          size="small"
          dataSource={rows}
          renderItem={(row) => (
            <List.Item
              data-testid="item-advice-row"
              actions={
                row.sensitive
                  ? [
                      <Button key="apply" size="small" onClick={() => onApply(row.index)} data-testid="apply-suggestion">
                        {t('advice.apply')}
                      </Button>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={
                  <>
                    <Tag>{t('advice.item', { index: row.index + 1, name: items[row.index]?.name ?? '' })}</Tag>
                    {row.sensitive ? <Tag color="orange">{t('advice.sensitive')}</Tag> : <Tag color="blue">{t('advice.oneSource')}</Tag>}
                  </>
                }
                description={row.issues.map(messageOf).join(t('sentenceSeparator'))}
              />
            </List.Item>
          )}
        />
      }
    />
  );
}
