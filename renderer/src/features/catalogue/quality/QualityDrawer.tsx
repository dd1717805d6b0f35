import { useState } from 'react';
import { Button, Collapse, Drawer, Empty, Space, Tag, Typography } from 'antd';
import { HistoryOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { entryQualitySchema } from '@shared/ipc/channels/catalogue';
import { QualityIssueList } from './QualityIssueList';
import { ScoreBadge } from './ScoreBadge';

type EntryQuality = z.output<typeof entryQualitySchema>;

interface Props {
  open: boolean;
  score: number | undefined;
  entries: readonly EntryQuality[];
  onClose(): void;
  /** Opens the entry at the field a finding points to. */
  onJump(id: string, path: string): void;
  onHistory(id: string): void;
}

/** The catalogue's quality report: entries with findings, worst first, each finding linking to its field. */
export function QualityDrawer({ open, score, entries, onClose, onJump, onHistory }: Props) {
  const { t } = useTranslation('quality');
  // A finding's link hands focus on to the field it opens; the closing drawer must not take it back
  // to its own trigger once its animation ends (it would land after the jump on a slow machine).
  const [handedOn, setHandedOn] = useState(false);
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setHandedOn(false);
  }
  const jump = (id: string, path: string) => {
    setHandedOn(true);
    onJump(id, path);
  };
  const withIssues = entries.filter((e) => e.issues.length > 0).sort((a, b) => a.score - b.score || a.name.localeCompare(b.name));
  return (
    <Drawer open={open} onClose={onClose} size={760} title={t('drawerTitle')} data-testid="quality-drawer" destroyOnHidden focusable={{ focusTriggerAfterClose: !handedOn }}>
      <Space align="center" size="large" className="quality-drawer-summary">
        <ScoreBadge score={score ?? 100} size={56} />
        <Typography.Text>{t('drawerSummary', { entries: entries.length, withIssues: withIssues.length })}</Typography.Text>
      </Space>
      {withIssues.length === 0 ? (
        <Empty description={t('allClean')} />
      ) : (
        <Collapse
          className="quality-entries"
          // Only the arrow toggles: the header holds its own button (history), and a button inside a button reaches no one.
          collapsible="icon"
          defaultActiveKey={withIssues.slice(0, 3).map((e) => e.id ?? e.name)}
          items={withIssues.map((e) => ({
            key: e.id ?? e.name,
            label: (
              <Space data-testid="quality-entry" data-name={e.name}>
                <Typography.Text strong>{e.name}</Typography.Text>
                <Tag color={e.score >= 90 ? 'green' : e.score >= 60 ? 'gold' : 'red'}>{t('scoreTag', { score: e.score })}</Tag>
                {e.errors ? <Tag color="red">{t('errorsTag', { count: e.errors })}</Tag> : null}
                {e.warnings ? <Tag color="orange">{t('warningsTag', { count: e.warnings })}</Tag> : null}
              </Space>
            ),
            extra: e.id ? (
              <Button
                size="small"
                type="text"
                icon={<HistoryOutlined />}
                onClick={(ev) => {
                  ev.stopPropagation();
                  onHistory(e.id!);
                }}
                aria-label={t('history')}
              />
            ) : null,
            children: <QualityIssueList issues={e.issues} onJump={e.id ? (path) => jump(e.id!, path) : undefined} />,
          }))}
        />
      )}
    </Drawer>
  );
}
