import './review.css';
import { Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EntryQueue } from './EntryQueue';
import { DisputeQueue } from './DisputeQueue';
import { RequestQueue } from './RequestQueue';
import { AuthorisationQueue } from './AuthorisationQueue';
import { ScenarioPanel } from './ScenarioPanel';
import { NoticeQueue } from './NoticeQueue';
import { ListReviewQueue } from '../demands/ListReviewQueue';

/**
 * 审核: the platform reviewer's work — submitted catalogue entries, unconditional share requests,
 * disputes to rule on, submitted lists, and the authority’s oversight: authorisations in force (suspension) and
 * application scenarios; anomaly notices to issue and answers to accept or reopen.
 */
export function ReviewScreen() {
  const { t } = useTranslation('review');
  return (
    <div className="screen review-screen">
      <div className="screen-toolbar">
        <Typography.Title level={4} className="screen-title">
          {t('title')}
        </Typography.Title>
      </div>
      <Tabs
        destroyOnHidden
        data-testid="review-tabs"
        items={[
          { key: 'entries', label: t('tab.entries'), children: <EntryQueue /> },
          { key: 'requests', label: t('tab.requests'), children: <RequestQueue /> },
          { key: 'disputes', label: t('tab.disputes'), children: <DisputeQueue /> },
          { key: 'authorisations', label: t('tab.authorisations'), children: <AuthorisationQueue /> },
          { key: 'scenarios', label: t('tab.scenarios'), children: <ScenarioPanel /> },
          { key: 'notices', label: t('tab.notices'), children: <NoticeQueue /> },
          { key: 'lists', label: t('tab.lists'), children: <ListReviewQueue /> },
        ]}
      />
    </div>
  );
}
