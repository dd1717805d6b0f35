import './review.css';
import { Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EntryQueue } from './EntryQueue';
import { DisputeQueue } from './DisputeQueue';
import { RequestQueue } from './RequestQueue';
import { ListReviewQueue } from '../demands/ListReviewQueue';

/** 审核: the platform reviewer's work — submitted catalogue entries, unconditional share requests, and disputes to rule on. */
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
          { key: 'lists', label: t('tab.lists'), children: <ListReviewQueue /> },
        ]}
      />
    </div>
  );
}
