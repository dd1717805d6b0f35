import { Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AuthorisationList } from './AuthorisationList';
import { DisputeList } from './DisputeList';
import { IncomingList } from './IncomingList';

/** 待我审批: incoming requests to decide, the grants in force, and disputes sent to the coordinating office. */
export function DecisionsScreen() {
  const { t } = useTranslation('decisions');
  return (
    <div className="screen decisions-screen">
      <div className="screen-toolbar">
        <Typography.Title level={4} className="screen-title">
          {t('title')}
        </Typography.Title>
      </div>
      <Tabs
        destroyOnHidden
        data-testid="decisions-tabs"
        items={[
          { key: 'incoming', label: t('tab.incoming'), children: <IncomingList /> },
          { key: 'authorisations', label: t('tab.authorisations'), children: <AuthorisationList /> },
          { key: 'disputes', label: t('tab.disputes'), children: <DisputeList /> },
        ]}
      />
    </div>
  );
}
