import { Badge, Button } from 'antd';
import { ShoppingCartOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useBasket } from './useBasket';

/** The basket in the 共享目录 toolbar, with how many entries it holds. */
export function BasketButton({ onOpen }: { onOpen(): void }) {
  const { t } = useTranslation('requests');
  const count = useBasket().entries.length;
  return (
    <Badge count={count} data-testid="basket-count" data-count={count}>
      <Button icon={<ShoppingCartOutlined />} onClick={onOpen} data-testid="basket-open">
        {t('basket.open')}
      </Button>
    </Badge>
  );
}
