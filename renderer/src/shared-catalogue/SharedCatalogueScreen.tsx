import { useState } from 'react';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EntryDetails, type DetailsTarget } from '../search/EntryDetails';
import { SearchPanel } from '../search/SearchPanel';
import { SharedBrowse } from './SharedBrowse';

/**
 * 共享目录: the platform's published entries of all departments, cached locally by sync, searched
 * with facets; a result opens its details with the data items. (The request basket joins here later.)
 */
export function SharedCatalogueScreen() {
  const { t } = useTranslation('search');
  const [details, setDetails] = useState<DetailsTarget>();
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
      </div>
      <SearchPanel
        scope="shared"
        scopes
        onOpen={(r) => setDetails({ id: r.id, scope: r.scope })}
        idle={<SharedBrowse onOpen={(id) => setDetails({ id, scope: 'shared' })} />}
      />
      <EntryDetails target={details} onClose={() => setDetails(undefined)} />
    </div>
  );
}
