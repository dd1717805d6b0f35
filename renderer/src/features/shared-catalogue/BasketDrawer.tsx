import { Alert, Button, Drawer, Empty, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useBasket } from './useBasket';
import { ShareTypeTag } from '../catalogue/ShareTypeTag';

/** The basket's entries with their chosen items; each can be removed or made into a request. */
export function BasketDrawer({ open, onClose, onRequest }: { open: boolean; onClose(): void; onRequest(entryId: string, items: readonly string[]): void }) {
  const { t } = useTranslation('requests');
  const basket = useBasket();
  return (
    <Drawer open={open} onClose={onClose} size={640} title={t('basket.title', { count: basket.entries.length })} data-testid="basket-drawer">
      <Typography.Paragraph type="secondary">{t('basket.hint')}</Typography.Paragraph>
      {basket.entries.length === 0 ? (
        <Empty description={t('basket.empty')} />
      ) : (
        <List
          dataSource={basket.entries}
          rowKey="entryId"
          renderItem={(b) => (
            <List.Item
              data-testid={`basket-entry-${b.entryId}`}
              actions={[
                <Button key="request" type="primary" size="small" disabled={!b.published} onClick={() => onRequest(b.entryId, b.items)} data-testid={`basket-request-${b.entryId}`}>
                  {t('basket.request')}
                </Button>,
                <Button key="remove" size="small" danger loading={basket.remove.isPending && basket.remove.variables === b.entryId} onClick={() => basket.remove.mutate(b.entryId)} data-testid={`basket-remove-${b.entryId}`}>
                  {t('basket.remove')}
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={
                  <Space wrap>
                    <Typography.Text strong>{b.name || b.entryId}</Typography.Text>
                    <Typography.Text type="secondary" className="mono">
                      {b.code}
                    </Typography.Text>
                    {b.shareType !== 'none' ? <ShareTypeTag shareType={b.shareType} /> : null}
                  </Space>
                }
                description={
                  <Space direction="vertical" size={4}>
                    <Typography.Text type="secondary">{b.providerName}</Typography.Text>
                    <div>{b.items.length ? b.items.map((name) => <Tag key={name}>{name}</Tag>) : <Tag color="blue">{t('basket.wholeEntry', { count: b.available.length })}</Tag>}</div>
                    {b.published ? null : <Alert type="warning" showIcon title={t('basket.unpublished')} />}
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Drawer>
  );
}
