import { Tabs, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApiEvent } from '../../api/useApiEvent';
import { ResponsibilityList } from './ResponsibilityList';
import { ZeroUpdatePanel } from './ZeroUpdatePanel';
import { ListReport } from '../demands/ListReport';
import { queryKeys } from '../../api/queryKeys';

/** 责任清单 and 零更新: both derived from the catalogue, so both refresh when it changes. */
export function ResponsibilitiesScreen() {
  const { t } = useTranslation('demands');
  const client = useQueryClient();
  useApiEvent('workspace.changed', ({ entity }) => {
    if (entity === 'catalogue') {
      void client.invalidateQueries({ queryKey: queryKeys.responsibilities.all });
      void client.invalidateQueries({ queryKey: queryKeys.zeroUpdates.all });
    }
  });
  return (
    <div className="screen responsibilities-screen">
      <div className="screen-toolbar">
        <Typography.Title level={4} className="screen-title">
          {t('responsibilities.title')}
        </Typography.Title>
      </div>
      <Tabs
        items={[
          {
            key: 'list',
            label: t('responsibilities.tabList'),
            children: (
              <>
                <ListReport list="responsibilities" />
                <ResponsibilityList />
              </>
            ),
          },
          { key: 'zero', label: t('responsibilities.tabZero'), children: <ZeroUpdatePanel /> },
        ]}
        data-testid="responsibilities-tabs"
      />
    </div>
  );
}
