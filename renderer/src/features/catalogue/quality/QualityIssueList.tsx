import '../history/history.css';
import { Button, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { QualityIssueView } from '@shared/ipc/channels/catalogue';
import { useFieldLabel } from './useFieldLabel';
import { useIssueMessage } from './useIssueMessage';

/** Quality findings, errors first, each with its field and a link that opens that field. */
export function QualityIssueList({ issues, onJump, jumpLabel }: { issues: readonly QualityIssueView[]; onJump?(path: string): void; jumpLabel?: string }) {
  const { t } = useTranslation('quality');
  const fieldLabel = useFieldLabel();
  const messageOf = useIssueMessage();
  const sorted = [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return (
    <List
      size="small"
      className="quality-issues"
      dataSource={sorted}
      locale={{ emptyText: t('noIssues') }}
      renderItem={(issue) => (
        <List.Item
          data-testid="quality-issue"
          data-code={issue.code}
          data-path={issue.path}
          actions={
            onJump
              ? [
                  <Button key="jump" type="link" size="small" onClick={() => onJump(issue.path)} data-testid="quality-jump">
                    {jumpLabel ?? t('jump')}
                  </Button>,
                ]
              : []
          }
        >
          <Tag color={issue.severity === 'error' ? 'red' : 'orange'}>{t(`severity.${issue.severity}`)}</Tag>
          <Typography.Text type="secondary" className="quality-field">
            {fieldLabel(issue.path)}
          </Typography.Text>
          <Typography.Text className="quality-message">{messageOf(issue)}</Typography.Text>
        </List.Item>
      )}
    />
  );
}
