import { useState } from 'react';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RequestDrawer, type RequestTarget } from '../requests/RequestDrawer';
import { EntryDetails, type DetailsTarget } from '../search/EntryDetails';
import { SearchPanel } from '../search/SearchPanel';
import { AddToBasket } from './AddToBasket';
import { BasketButton } from './BasketButton';
import { BasketDrawer } from './BasketDrawer';
import { SharedBrowse } from './SharedBrowse';

/**
 * 共享目录: the platform's published entries of all departments, cached locally by sync, searched
 * with facets; a result opens its details with the data items, which go into the request basket
 * (the whole entry or the ticked items), and from the basket a share request is made.
 */
export function SharedCatalogueScreen() {
  const { t } = useTranslation('search');
  const [details, setDetails] = useState<DetailsTarget>();
  const [items, setItems] = useState<string[]>([]);
  const [basketOpen, setBasketOpen] = useState(false);
  const [request, setRequest] = useState<RequestTarget>();
  const open = (target: DetailsTarget) => {
    setItems([]);
    setDetails(target);
  };
  return (
    <div className="screen shared-catalogue-screen">
      <div className="screen-toolbar">
        <div>
          <Typography.Title level={4} className="screen-title">
            {t('sharedTitle')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('sharedSubtitle')}</Typography.Text>
          <Typography.Paragraph type="secondary" className="search-hint">
            {t('idle')}
          </Typography.Paragraph>
        </div>
        <BasketButton onOpen={() => setBasketOpen(true)} />
      </div>
      <SearchPanel scope="shared" scopes onOpen={(r) => open({ id: r.id, scope: r.scope })} idle={<SharedBrowse onOpen={(id) => open({ id, scope: 'shared' })} />} />
      <EntryDetails
        target={details}
        onClose={() => setDetails(undefined)}
        itemSelection={details?.scope === 'shared' ? { selected: items, onChange: setItems } : undefined}
        actions={details ? <AddToBasket target={details} items={items} /> : undefined}
      />
      <BasketDrawer open={basketOpen} onClose={() => setBasketOpen(false)} onRequest={(entryId, chosen) => setRequest({ mode: 'create', entryId, items: chosen })} />
      <RequestDrawer target={request} onClose={() => setRequest(undefined)} />
    </div>
  );
}
