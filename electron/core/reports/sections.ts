import { translate, type Locale } from '@shared/i18n/messages';
import type { Metrics } from '@shared/evaluation/formulas';
import type { AnnualReportData } from './annual';

/** One section of the report: a title and a table of label/value rows, or a sentence when there is nothing. */
export interface Section {
  title: string;
  rows: [string, string][];
  /** Said instead of the table when the section has no figures. */
  none?: string;
  /** Free text (the officer's section), paragraph per line. */
  text?: string;
}

const pct = (v: number | null, unknown: string) => (v === null ? unknown : `${(v * 100).toFixed(1)}%`);
const num = (v: number | null, unknown: string) => (v === null ? unknown : String(Math.round(v * 10) / 10));

/** The report as sections, in the officer's language, the same for the Word document and the PDF. */
export function reportSections(d: AnnualReportData, locale: Locale): { title: string; subtitle: string; notice?: string; sections: Section[] } {
  const t = (k: string, p?: Record<string, unknown>) => translate(`report.${k}`, locale, p);
  const unknown = t('unknown');
  // Enum values by the messages that already name them; an unknown value is shown as it is.
  const label = (prefix: string, k: string) => {
    const text = translate(`${prefix}.${k}`, locale);
    return text === `${prefix}.${k}` ? k : text;
  };
  const counted = (group: string, c: Record<string, number>): [string, string][] => Object.entries(c).map(([k, n]) => [label(group, k), String(n)]);
  const m: Metrics | null = d.metrics.values;
  // Each change of the year against its catalogue-change deadline, after the counts.
  const limits = d.catalogue.changeLimits;
  const limitRows: [string, string][] = limits.items.length
    ? [
        [t('row.changesOnTime'), String(limits.onTime)],
        [t('row.changesLate'), String(limits.late)],
        [t('row.changesOpen'), String(limits.open)],
        ...limits.items.map((c): [string, string] => [
          `${c.name}（${c.code}）`,
          t('changeLimit.text', { changed: c.changed, due: c.due ?? unknown, done: c.done ? t('changeLimit.done', { day: c.done }) : t('changeLimit.notDone'), result: t(`changeLimit.${c.result}`) }),
        ]),
      ]
    : [];
  const sections: Section[] = [
    {
      title: t('section.catalogue'),
      rows: [[t('row.entries'), String(d.catalogue.total)], ...counted('report.value.kind', d.catalogue.byKind), ...counted('report.value.shareType', d.catalogue.byShareType).map(([k, v]): [string, string] => [t('row.shareType', { type: k }), v]), ...counted('report.value.shareType', d.catalogue.byOpenType).map(([k, v]): [string, string] => [t('row.openType', { type: k }), v]), [t('row.changes'), String(d.catalogue.changes)], [t('row.changedEntries'), String(d.catalogue.changedEntries)], ...limitRows],
      ...(d.catalogue.total === 0 ? { none: t('none.catalogue') } : {}),
    },
    {
      title: t('section.lists'),
      rows: [[t('row.demands'), String(d.demands.proposed)], ...counted('demands.status', d.demands.byStatus), [t('row.responsibilityEntries'), String(d.responsibilities.entries)], [t('row.withPerson'), String(d.responsibilities.withPerson)]],
      ...(d.demands.proposed === 0 && d.responsibilities.entries === 0 ? { none: t('none.lists') } : {}),
    },
    ...(['requestsMade', 'requestsReceived'] as const).map((k): Section => {
      const r = d[k];
      return {
        title: t(`section.${k}`),
        rows: [[t('row.requests'), String(r.total)], ...counted('requests.state', r.byState), [t('row.decided'), String(r.decided)], [t('row.meanDays'), num(r.meanDays, unknown)], [t('row.overdueDecisions'), String(r.overdue)]],
        ...(r.total === 0 ? { none: t('none.requests') } : {}),
      };
    }),
    {
      title: t('section.objections'),
      rows: [[t('row.raised'), String(d.objections.raised)], [t('row.received'), String(d.objections.received)], [t('row.answered'), String(d.objections.answered)]],
      ...(d.objections.raised + d.objections.received === 0 ? { none: t('none.objections') } : {}),
    },
    {
      title: t('section.updates'),
      rows: [[t('row.dataUpdates'), String(d.updates.dataUpdates)], [t('row.zeroUpdates'), String(d.updates.zeroUpdates)]],
      ...(d.updates.dataUpdates + d.updates.zeroUpdates === 0 ? { none: t('none.updates') } : {}),
    },
    {
      title: t('section.metrics'),
      rows: m
        ? [
            [t('row.score'), num(m.score, unknown)],
            [t('row.rank'), d.metrics.rank === null ? unknown : t('rankOf', { rank: d.metrics.rank, of: d.metrics.ranked })],
            [t('row.availability'), pct(m.availability, unknown)],
            [t('row.timeliness'), pct(m.timeliness, unknown)],
            [t('row.quality'), num(m.quality, unknown)],
            [t('row.callsPerDay'), num(m.callsPerDay, unknown)],
            [t('row.departmentsPerDay'), num(m.departmentsPerDay, unknown)],
          ]
        : [],
      ...(d.metrics.months === 0 ? { none: t('none.metrics') } : {}),
    },
    {
      title: t('section.notices'),
      rows: [[t('row.noticesIssued'), String(d.notices.issued)], [t('row.noticesAnswered'), String(d.notices.answered)], [t('row.noticesLate'), String(d.notices.late)], [t('row.noticesAccepted'), String(d.notices.accepted)], [t('row.noticesOpen'), String(d.notices.open)]],
      ...(d.notices.issued === 0 ? { none: t('none.notices') } : {}),
    },
    { title: t('section.officer'), rows: [], text: d.officerText.trim() || t('none.officer') },
  ];
  return {
    title: t('title', { year: d.year }),
    subtitle: t('subtitle', { department: d.department.name, code: d.department.code, date: d.generatedAt.slice(0, 10) }),
    ...(d.empty ? { notice: t('emptyYear', { year: d.year }) } : {}),
    sections,
  };
}
