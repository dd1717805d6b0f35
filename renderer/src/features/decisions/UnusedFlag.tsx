import { Space, Switch, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DEADLINES, type MonthsRule } from '@shared/profiles/deadlines';
import type { ProfileId } from '@shared/profiles/types';
import { useLocale } from '../../i18n/LocaleContext';

/** The profile's rule on revoking unused grants (伊川: more than three months), if it has one. */
export function unusedRule(profile: ProfileId | undefined): MonthsRule | undefined {
  return DEADLINES[profile ?? 'national'].rules.find((r): r is MonthsRule => r.kind === 'months');
}

interface Props {
  id: string;
  rule: MonthsRule;
  revocable: boolean;
  revocableSince: string | undefined;
  seasonal: boolean;
  /** The requester's reason for the seasonal declaration, when declared. */
  seasonalReason: string | undefined;
  /** Only the requester declares seasonal use (the provider sees the declaration). */
  canToggle: boolean;
  onSeasonal(seasonal: boolean): void;
}

/** "Unused for more than 3 months" (rule and source in the tooltip), or from when it would be; and the seasonal toggle. */
export function UnusedFlag({ id, rule, revocable, revocableSince, seasonal, seasonalReason, canToggle, onSeasonal }: Props) {
  const { t } = useTranslation('decisions');
  const { locale } = useLocale();
  const tip = (
    <>
      <div>{rule.wording[locale]}</div>
      <div>{t('auth.source', { title: rule.source.title, article: rule.source.article })}</div>
    </>
  );
  return (
    <Space direction="vertical" size={2}>
      <Tooltip title={tip}>
        {revocable ? (
          <Tag color="error" data-testid={`unused-${id}`}>
            {t('auth.unused', { months: rule.months })}
          </Tag>
        ) : seasonal ? (
          <Tag data-testid={`unused-${id}`} title={seasonalReason ? t('auth.seasonalDeclared', { reason: seasonalReason }) : undefined}>
            {t('auth.seasonalExempt')}
          </Tag>
        ) : (
          <Typography.Text type="secondary">{revocableSince ? t('auth.revocableSince', { date: revocableSince }) : t('auth.inUse')}</Typography.Text>
        )}
      </Tooltip>
      {seasonalReason ? (
        <Typography.Text type="secondary" data-testid={`seasonal-reason-${id}`}>
          {t('auth.seasonalDeclared', { reason: seasonalReason })}
        </Typography.Text>
      ) : null}
      {canToggle ? (
        <Space size={4}>
          <Switch size="small" checked={seasonal} onChange={onSeasonal} aria-label={t('auth.seasonal')} data-testid={`seasonal-${id}`} />
          <Typography.Text type="secondary">{t('auth.seasonal')}</Typography.Text>
        </Space>
      ) : null}
    </Space>
  );
}
