import { useState } from 'react';
import { App, Button, Card, Input, InputNumber, Space, Switch, Table, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { MAX_LEAD_DAYS, REMINDER_KINDS, type ReminderKind, type ReminderSettings } from '@shared/ipc/channels/reminders';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/**
 * 提醒: which kinds of deadline the desktop reminders announce, how many working days ahead, and
 * the working hours outside which they wait. Kept in the workspace (they follow the department's
 * duties, not the machine).
 */
export function NotificationSettings() {
  const { t } = useTranslation('settings');
  const { t: to } = useTranslation('overview');
  const { message } = App.useApp();
  const client = useQueryClient();
  const stored = useQuery({ queryKey: queryKeys.reminders.of('settings'), queryFn: () => call('reminders.settings', {}) });
  // The officer's unsaved edits; none means the stored settings are shown.
  const [edited, setEdited] = useState<ReminderSettings>();
  const draft = edited ?? stored.data;
  const save = useMutation({
    mutationFn: (s: ReminderSettings) => call('reminders.saveSettings', s),
    onSuccess: (s) => {
      client.setQueryData(queryKeys.reminders.of('settings'), s);
      setEdited(undefined);
      void message.success(t('reminders.saved'));
    },
    onError: (e) => void message.error(e.message),
  });

  const edit = (change: (d: ReminderSettings) => ReminderSettings) => setEdited((d) => (d ?? stored.data ? change((d ?? stored.data)!) : d));
  const setKind = (kind: ReminderKind, patch: Partial<ReminderSettings['kinds'][ReminderKind]>) => edit((d) => ({ ...d, kinds: { ...d.kinds, [kind]: { ...d.kinds[kind], ...patch } } }));
  const setQuiet = (patch: Partial<ReminderSettings['quietHours']>) => edit((d) => ({ ...d, quietHours: { ...d.quietHours, ...patch } }));
  const changed = !!draft && !!stored.data && JSON.stringify(draft) !== JSON.stringify(stored.data);

  return (
    <Card
      size="small"
      title={t('reminders.title')}
      loading={stored.isLoading}
      data-testid="settings-reminders"
      extra={
        <Button size="small" type="primary" disabled={!changed} loading={save.isPending} onClick={() => draft && save.mutate(draft)} data-testid="settings-reminders-save">
          {t('reminders.save')}
        </Button>
      }
    >
      {stored.error ? <Typography.Text type="danger">{stored.error.message}</Typography.Text> : null}
      {draft ? (
        <>
          <Typography.Paragraph type="secondary">{t('reminders.hint')}</Typography.Paragraph>
          <Table
            size="small"
            pagination={false}
            rowKey={(k) => k}
            dataSource={[...REMINDER_KINDS]}
            columns={[
              { title: t('reminders.kind'), render: (_: unknown, k: ReminderKind) => to(`subject.${k}`) },
              {
                title: t('reminders.enabled'),
                render: (_: unknown, k: ReminderKind) => <Switch size="small" checked={draft.kinds[k].enabled} onChange={(enabled) => setKind(k, { enabled })} data-testid={`reminder-enabled-${k}`} aria-label={to(`subject.${k}`)} />,
              },
              {
                title: t('reminders.leadDays'),
                render: (_: unknown, k: ReminderKind) => (
                  <Space size={4}>
                    <InputNumber
                      size="small"
                      min={0}
                      max={MAX_LEAD_DAYS}
                      precision={0}
                      value={draft.kinds[k].leadDays}
                      disabled={!draft.kinds[k].enabled}
                      onChange={(v) => typeof v === 'number' && setKind(k, { leadDays: v })}
                      data-testid={`reminder-lead-${k}`}
                      aria-label={`${to(`subject.${k}`)} ${t('reminders.leadDays')}`}
                    />
                    <Typography.Text type="secondary">{t('reminders.workingDays')}</Typography.Text>
                  </Space>
                ),
              },
            ]}
          />
          <Space wrap style={{ marginTop: 12 }}>
            <Switch size="small" checked={draft.quietHours.enabled} onChange={(enabled) => setQuiet({ enabled })} data-testid="reminder-quiet" aria-label={t('reminders.quiet')} />
            <Typography.Text>{t('reminders.quiet')}</Typography.Text>
            <Input type="time" size="small" style={{ width: 110 }} value={draft.quietHours.start} disabled={!draft.quietHours.enabled} onChange={(e) => setQuiet({ start: e.target.value })} data-testid="reminder-quiet-start" aria-label={t('reminders.start')} />
            <Typography.Text>–</Typography.Text>
            <Input type="time" size="small" style={{ width: 110 }} value={draft.quietHours.end} disabled={!draft.quietHours.enabled} onChange={(e) => setQuiet({ end: e.target.value })} data-testid="reminder-quiet-end" aria-label={t('reminders.end')} />
          </Space>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {t('reminders.quietHint')}
          </Typography.Paragraph>
        </>
      ) : null}
    </Card>
  );
}
