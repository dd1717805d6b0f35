import './history.css';
import { App, Button, Drawer, Empty, Spin, Table, Tag, Timeline, Typography } from 'antd';
import { RollbackOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { labelOf, VOCABULARIES, type VocabularyName } from '@shared/domain/labels';
import type { OpenType, ShareType } from '@shared/domain/enums';
import { call } from '../../../api/client';
import { useLocale } from '../../../i18n/LocaleContext';
import { useFieldLabel } from '../quality/useFieldLabel';
import { useLabels } from '../useLabels';
import { actionKey, formatValue } from './format';
import { queryKeys } from '../../../api/queryKeys';
import { formatDateTime } from '../../../format/date';

/**
 * 版本历史 of one entry (`catalogue.history`): every saved revision, newest first, with its
 * field-level differences from the one before; an earlier one can be restored as a new revision.
 */
export function HistoryDrawer({ id, onClose }: { id: string | undefined; onClose(): void }) {
  const { t } = useTranslation('history');
  const { message, modal } = App.useApp();
  const labels = useLabels();
  const fieldLabel = useFieldLabel();
  const { locale } = useLocale();
  // Enumerations show in words, share and open types in the profile's wording; the rest as stored.
  const show = (path: string, v: unknown): string => {
    const leaf = path.split('.').pop() ?? path;
    if (typeof v === 'string' && (leaf === 'shareType' || leaf === 'openType')) {
      return leaf === 'shareType' ? labels.shareType(v as ShareType) : labels.openType(v as OpenType);
    }
    const vocab = (leaf === 'type' ? 'itemType' : leaf) as VocabularyName;
    if (typeof v === 'string' && Object.hasOwn(VOCABULARIES, vocab) && Object.hasOwn(VOCABULARIES[vocab], v)) return labelOf(vocab, v as never, locale);
    return formatValue(v, t('listSeparator'));
  };
  const history = useQuery({
    queryKey: queryKeys.catalogue.of('history', id),
    queryFn: () => call('catalogue.history', { id: id! }),
    enabled: id !== undefined,
  });
  const revisions = history.data?.revisions ?? [];
  const newest = revisions[0];

  const restore = useMutation({
    mutationFn: (revision: number) => call('catalogue.restore', { id: id!, revision, current: newest?.revision }),
    onSuccess: (entry, revision) => void message.success(t('restored', { revision, name: entry.name })),
    onError: (err) => void message.error(err.message),
  });

  const confirmRestore = (revision: number) =>
    modal.confirm({
      title: t('confirmTitle', { revision }),
      content: t('confirmContent'),
      okText: t('restore'),
      onOk: () => restore.mutateAsync(revision).catch(() => {}),
    });

  const actionLabel = (action: string) => {
    const { key, revision } = actionKey(action);
    return t(`action.${key}`, { defaultValue: action, revision });
  };

  let body;
  if (history.isPending) body = <Spin className="page-spin" />;
  else if (history.isError) body = <Typography.Text type="danger">{history.error.message}</Typography.Text>;
  else if (!revisions.length) body = <Empty />;
  else
    body = (
      <Timeline
        className="history-timeline"
        items={revisions.map((r) => ({
          key: r.revision,
          color: r === newest ? 'blue' : 'gray',
          content: (
            <div className="history-revision" data-testid="history-revision" data-revision={r.revision}>
              <div className="history-head">
                <Typography.Text strong>{t('revision', { revision: r.revision })}</Typography.Text>
                <Tag>{actionLabel(r.action)}</Tag>
                <Tag>{labels.enumLabel('state', r.state)}</Tag>
                <Typography.Text type="secondary">
                  {formatDateTime(r.savedAt)} · {r.actor}
                </Typography.Text>
                {r !== newest ? (
                  <Button size="small" icon={<RollbackOutlined />} onClick={() => confirmRestore(r.revision)} data-testid="history-restore">
                    {t('restore')}
                  </Button>
                ) : (
                  <Tag color="blue">{t('current')}</Tag>
                )}
              </div>
              {r.changes.length ? (
                <Table
                  size="small"
                  pagination={false}
                  rowKey="path"
                  dataSource={r.changes}
                  className="history-changes"
                  columns={[
                    { title: t('field'), dataIndex: 'path', width: 200, render: (p: string) => fieldLabel(p) },
                    { title: t('before'), width: '38%', render: (_, c) => <span className="diff-before">{show(c.path, c.before)}</span> },
                    { title: t('after'), width: '38%', render: (_, c) => <span className="diff-after">{show(c.path, c.after)}</span> },
                  ]}
                />
              ) : (
                <Typography.Text type="secondary">{r === revisions[revisions.length - 1] ? t('firstRevision') : t('noChanges')}</Typography.Text>
              )}
            </div>
          ),
        }))}
      />
    );

  return (
    <Drawer open={id !== undefined} onClose={onClose} size={820} title={t('title', { name: newest?.entry.name ?? '' })} data-testid="history-drawer" destroyOnHidden>
      {body}
    </Drawer>
  );
}
