/**
 * The statutory time limits of each jurisdiction profile, with the rule's wording and its source
 * (the regulation's title and article), so that a deadline can always say where it comes from
 * ("伊川：数据提供方收到申请后 5 个工作日内完成审批", 《伊川县政务数据资源共享管理暂行办法》第二十九条（二）).
 * National values not confirmed from the primary text are `confirmed: false`: configurable, to be
 * checked against the official text. Kept apart from ./index.ts (the catalogue's labels), keyed by
 * the same ProfileId. The deadlines themselves are computed in ../calendar/deadlines.ts.
 */
import type { LocalDayOff } from '../calendar/override';
import type { Label, ProfileId } from './types';
import { PROFILES } from './index';
import { REGULATIONS, cite, type RuleSource } from './regulations';

export type { RuleSource } from './regulations';

export const DEADLINE_STEPS = [
  'platformCheck',
  'providerDecision',
  'delivery',
  'onDemandAnswer',
  'disputeRuling',
  'objectionAnswer',
  'objectionExtension',
  'catalogueUpdateRequest',
  'catalogueUpdateReview',
  'catalogueChange',
  'catalogueMaintenance',
  'annualReport',
  'authorisationUnusedRevocation',
] as const;
export type DeadlineStep = (typeof DEADLINE_STEPS)[number];

/**
 * The events that start, pause and end deadlines, per kind of matter. Request events follow the share
 * request states (../domain/request-states.ts): `submitted` is the platform-received time (the legal start of the deadlines),
 * `forwarded` ends the platform check (the provider receives the request), `returned` /
 * `resubmitted` bracket a return for more information, `escalated` hands a dispute to the authority
 * and `ruled` is its ruling.
 */
export const DEADLINE_EVENTS = {
  request: ['submitted', 'forwarded', 'returned', 'resubmitted', 'approved', 'rejected', 'delivered', 'escalated', 'ruled'],
  objection: ['raised', 'extended', 'answered'],
  catalogueUpdate: ['changed', 'updateRequested', 'updated'],
} as const;
export type DeadlineSubject = keyof typeof DEADLINE_EVENTS;
export type DeadlineEventType = (typeof DEADLINE_EVENTS)[DeadlineSubject][number];

/** A share request is either unconditional or conditional (有条件/受限/按需); `none` cannot be requested. */
export type RequestShareType = 'unconditional' | 'conditional';

interface RuleBase {
  step: DeadlineStep;
  /** The rule as the UI shows it, naming the jurisdiction. */
  wording: Label;
  source: RuleSource;
  /** False for values not confirmed from the regulation's primary text. */
  confirmed: boolean;
}

/** A deadline of N working days from one event until another. */
export interface WorkingDaysRule extends RuleBase {
  kind: 'workingDays';
  subject: DeadlineSubject;
  /** For request deadlines: the share types the step applies to. */
  shareTypes?: readonly RequestShareType[];
  workingDays: number;
  startsOn: DeadlineEventType;
  endsOn: readonly DeadlineEventType[];
}

/** An extension of another step's deadline by N working days, at most `times` times. */
export interface ExtensionRule extends RuleBase {
  kind: 'extension';
  extends: DeadlineStep;
  workingDays: number;
  times: number;
}

/** A period in calendar months (an unused authorisation may be revoked after it). */
export interface MonthsRule extends RuleBase {
  kind: 'months';
  months: number;
}

/** A yearly duty due by the end of a month of the following year. */
export interface AnnualRule extends RuleBase {
  kind: 'annual';
  /** 1 = by the end of January of the next year. */
  month: number;
}

/** A duty to be done at least once in each calendar year, by its last day. */
export interface YearlyRule extends RuleBase {
  kind: 'yearly';
}

export type DeadlineRule = WorkingDaysRule | ExtensionRule | MonthsRule | AnnualRule | YearlyRule;

export interface ProfileDeadlines {
  profile: ProfileId;
  /**
   * Whether a request returned for more information stops its deadline until it is resubmitted. No
   * regulation says, so there is no source; the default pauses, and an administrator may change it.
   */
  pauseWhenReturned: { value: boolean; confirmed: boolean; source: RuleSource | null };
  /** Local days off of the jurisdiction (ethnic or regional holidays); none is known for these six. */
  localDaysOff: readonly LocalDayOff[];
  rules: readonly DeadlineRule[];
}

const l = (zh: string, en: string): Label => ({ 'zh-CN': zh, en });
/** A citation of one article of the profile's own regulation. */
const art = (profile: ProfileId, article: string): RuleSource => cite(PROFILES[profile].regulation, article);
const PAUSE_DEFAULT = { value: true, confirmed: false, source: null };

/** Request steps end when the step's actor has acted, or when the requester takes the matter to the authority. */
const DECIDED = ['approved', 'rejected', 'escalated'] as const;

/**
 * The authority's ruling on an escalated request. No regulation gives it a number: the article (where
 * the regulation has one) says who coordinates, the 10 working days are the platform's default, the
 * national answer time, unconfirmed and configurable.
 */
function disputeRuling(source: RuleSource, zhWho: string, enWho: string): WorkingDaysRule {
  return {
    kind: 'workingDays',
    step: 'disputeRuling',
    subject: 'request',
    shareTypes: ['unconditional', 'conditional'],
    workingDays: 10,
    startsOn: 'escalated',
    endsOn: ['ruled'],
    wording: l(`${zhWho}对共享争议作出处理结论（规定未明确期限，默认 10 个工作日，待核实）`, `${enWho} rules on a sharing dispute (no time limit in the regulation; 10 working days by default, to be confirmed)`),
    source,
    confirmed: false,
  };
}

export const DEADLINES: Record<ProfileId, ProfileDeadlines> = {
  national: {
    profile: 'national',
    pauseWhenReturned: PAUSE_DEFAULT,
    localDaysOff: [],
    rules: [
      {
        kind: 'workingDays',
        step: 'providerDecision',
        subject: 'request',
        shareTypes: ['conditional'],
        workingDays: 10,
        startsOn: 'forwarded',
        endsOn: DECIDED,
        wording: l('全国（国发〔2016〕51号）：有条件共享的申请，提供部门在 10 个工作日内答复', 'National (State Council 2016 No. 51): the provider answers a conditional request within 10 working days'),
        source: cite(REGULATIONS.sharing2016),
        confirmed: false,
      },
      {
        kind: 'workingDays',
        step: 'catalogueChange',
        subject: 'catalogueUpdate',
        workingDays: 15,
        startsOn: 'changed',
        endsOn: ['updateRequested', 'updated'],
        wording: l('全国（国发〔2016〕51号）：目录内容变化后 15 个工作日内更新目录', 'National (State Council 2016 No. 51): the catalogue is updated within 15 working days of a change'),
        source: cite(REGULATIONS.sharing2016),
        confirmed: false,
      },
      disputeRuling(cite(REGULATIONS.sharing2016), '全国（国发〔2016〕51号）：协调机构', 'National (State Council 2016 No. 51): the coordinating body'),
    ],
  },
  gongshu: {
    profile: 'gongshu',
    pauseWhenReturned: PAUSE_DEFAULT,
    localDaysOff: [],
    rules: [
      {
        kind: 'workingDays',
        step: 'platformCheck',
        subject: 'request',
        shareTypes: ['unconditional'],
        workingDays: 3,
        startsOn: 'submitted',
        endsOn: ['forwarded', ...DECIDED, 'delivered'],
        wording: l('拱墅：区数据资源管理局收到共享申请后 3 个工作日内完成审核，不通过的说明理由', 'Gongshu: the district data bureau reviews a share request within 3 working days of receipt, with reasons if it refuses'),
        source: art('gongshu', '第二十三条'),
        confirmed: true,
      },
      {
        kind: 'workingDays',
        step: 'providerDecision',
        subject: 'request',
        shareTypes: ['conditional'],
        workingDays: 3,
        startsOn: 'forwarded',
        endsOn: DECIDED,
        wording: l('拱墅：资源提供单位收到共享申请后 3 个工作日内完成审核，不通过的说明理由', 'Gongshu: the provider reviews a share request within 3 working days of receipt, with reasons if it refuses'),
        source: art('gongshu', '第二十三条'),
        confirmed: true,
      },
      disputeRuling(cite(REGULATIONS.gongshu), '拱墅：区数据资源管理局', 'Gongshu: the district data bureau'),
    ],
  },
  yichuan: {
    profile: 'yichuan',
    pauseWhenReturned: PAUSE_DEFAULT,
    localDaysOff: [],
    rules: [
      {
        kind: 'workingDays',
        step: 'platformCheck',
        subject: 'request',
        shareTypes: ['unconditional'],
        workingDays: 3,
        startsOn: 'submitted',
        endsOn: ['rejected', 'delivered', 'escalated'],
        wording: l('伊川：无条件共享的申请，由县共享平台在 3 个工作日内审核并提供数据', 'Yichuan: the county platform reviews an unconditional request and delivers the data within 3 working days'),
        source: art('yichuan', '第二十九条（一）'),
        confirmed: true,
      },
      {
        kind: 'workingDays',
        step: 'providerDecision',
        subject: 'request',
        shareTypes: ['conditional'],
        workingDays: 5,
        startsOn: 'forwarded',
        endsOn: DECIDED,
        wording: l('伊川：数据提供方收到申请后 5 个工作日内完成审批，不通过的说明具体理由', 'Yichuan: the provider decides within 5 working days of receipt, with specific reasons if it refuses'),
        source: art('yichuan', '第二十九条（二）'),
        confirmed: true,
      },
      {
        kind: 'workingDays',
        step: 'delivery',
        subject: 'request',
        shareTypes: ['conditional'],
        workingDays: 3,
        startsOn: 'approved',
        endsOn: ['delivered'],
        wording: l('伊川：审批通过后，县共享平台在 3 个工作日内向需求方提供数据', 'Yichuan: once approved, the county platform delivers the data within 3 working days'),
        source: art('yichuan', '第二十九条（二）'),
        confirmed: true,
      },
      {
        kind: 'workingDays',
        step: 'objectionAnswer',
        subject: 'objection',
        workingDays: 10,
        startsOn: 'raised',
        endsOn: ['answered'],
        wording: l('伊川：数据提供部门收到校核申请之日起 10 个工作日内予以校核', 'Yichuan: the provider checks an objection within 10 working days of receipt'),
        source: art('yichuan', '第十九条'),
        confirmed: true,
      },
      {
        kind: 'extension',
        step: 'objectionExtension',
        extends: 'objectionAnswer',
        workingDays: 10,
        times: 1,
        wording: l('伊川：经提供部门主要负责人同意，校核期限可延长一次，不超过 10 个工作日', "Yichuan: with the provider head's approval the check may be extended once, by at most 10 working days"),
        source: art('yichuan', '第十九条'),
        confirmed: true,
      },
      {
        kind: 'workingDays',
        step: 'catalogueUpdateRequest',
        subject: 'catalogueUpdate',
        workingDays: 10,
        startsOn: 'changed',
        endsOn: ['updateRequested'],
        wording: l('伊川：法律法规修改或职能变更之日起 10 个工作日内申请更新目录', 'Yichuan: request a catalogue update within 10 working days of a change in law or in duties'),
        source: art('yichuan', '第十四条'),
        confirmed: true,
      },
      {
        kind: 'workingDays',
        step: 'catalogueUpdateReview',
        subject: 'catalogueUpdate',
        workingDays: 5,
        startsOn: 'updateRequested',
        endsOn: ['updated'],
        wording: l('伊川：县政务服务和大数据管理机构收到更新申请之日起 5 个工作日内审核、更新目录', 'Yichuan: the county data authority reviews and applies a catalogue update within 5 working days of the request'),
        source: art('yichuan', '第十四条'),
        confirmed: true,
      },
      {
        kind: 'annual',
        step: 'annualReport',
        month: 1,
        wording: l('伊川：每年 1 月底前提交上一年度政务数据管理情况', "Yichuan: report the previous year's data management by the end of January"),
        source: art('yichuan', '第三十九条'),
        confirmed: true,
      },
      {
        kind: 'months',
        step: 'authorisationUnusedRevocation',
        months: 3,
        wording: l('伊川：获得授权后超过三个月不使用服务接口的，提供方可收回授权（季节性需求等除外）', 'Yichuan: an authorisation unused for more than three months may be revoked (seasonal needs excepted)'),
        source: art('yichuan', '第二十九条'),
        confirmed: true,
      },
      disputeRuling(art('yichuan', '第二十七条'), '伊川：县政务服务和大数据管理局会同提供部门', 'Yichuan: the county data authority, with the provider,'),
    ],
  },
  lishui: {
    profile: 'lishui',
    pauseWhenReturned: PAUSE_DEFAULT,
    localDaysOff: [],
    rules: [
      {
        kind: 'workingDays',
        step: 'objectionAnswer',
        subject: 'objection',
        workingDays: 2,
        startsOn: 'raised',
        endsOn: ['answered'],
        wording: l('丽水：数据提供部门收到校核信息后 2 个工作日内在数据中心平台完成校核', 'Lishui: the provider checks an objection on the data centre platform within 2 working days'),
        source: art('lishui', '第十三条'),
        confirmed: true,
      },
      disputeRuling(cite(REGULATIONS.lishui), '丽水：市大数据局', 'Lishui: the municipal big data bureau'),
    ],
  },
  yuhua: {
    profile: 'yuhua',
    pauseWhenReturned: PAUSE_DEFAULT,
    localDaysOff: [],
    rules: [
      {
        kind: 'workingDays',
        step: 'catalogueChange',
        subject: 'catalogueUpdate',
        workingDays: 15,
        startsOn: 'changed',
        endsOn: ['updateRequested', 'updated'],
        wording: l('雨花：法律法规修订或职能变更之日起 15 个工作日内更新目录', 'Yuhua: update the catalogue within 15 working days of a change in law or in duties'),
        source: art('yuhua', '第十条'),
        confirmed: true,
      },
      disputeRuling(cite(REGULATIONS.yuhua), '雨花：区数据资源中心', 'Yuhua: the district data resource centre'),
    ],
  },
  songjiang: {
    profile: 'songjiang',
    pauseWhenReturned: PAUSE_DEFAULT,
    localDaysOff: [],
    rules: [
      {
        kind: 'workingDays',
        step: 'onDemandAnswer',
        subject: 'request',
        shareTypes: ['conditional'],
        workingDays: 10,
        startsOn: 'forwarded',
        endsOn: DECIDED,
        wording: l('松江：按需共享的申请由中心平台转发，资源提供方在 10 个工作日内答复', 'Songjiang: the platform forwards an on-demand request and the provider answers within 10 working days'),
        source: art('songjiang', '第十三条'),
        confirmed: true,
      },
      {
        kind: 'workingDays',
        step: 'catalogueChange',
        subject: 'catalogueUpdate',
        workingDays: 2,
        startsOn: 'changed',
        endsOn: ['updateRequested', 'updated'],
        wording: l('松江：资源目录要素发生变化时，2 个工作日内完成目录更新', 'Songjiang: update the catalogue within 2 working days of a change in its elements'),
        source: art('songjiang', '第十条'),
        confirmed: true,
      },
      disputeRuling(art('songjiang', '第十三条'), '松江：区科委', 'Songjiang: the district science and technology commission'),
      {
        kind: 'yearly',
        step: 'catalogueMaintenance',
        wording: l('松江：行政机构对本部门资源目录每年至少进行一次全面维护', 'Songjiang: each department maintains its whole catalogue at least once a year'),
        source: art('songjiang', '第十条'),
        confirmed: true,
      },
    ],
  },
};

/** The rules of a profile for one step, or undefined when the profile sets no time limit for it. */
export function findDeadlineRule(profile: ProfileId, step: DeadlineStep): DeadlineRule | undefined {
  return DEADLINES[profile].rules.find((r) => r.step === step);
}

/** The steps that carry a time limit in a profile, in the order of the matrix. */
export function timedSteps(profile: ProfileId): DeadlineStep[] {
  return DEADLINE_STEPS.filter((s) => DEADLINES[profile].rules.some((r) => r.step === s));
}

/** The working-days rules of a kind of matter, in chain order (the order of the profile's rules). */
export function workingDaysRules(profile: ProfileId, subject: DeadlineSubject, shareType?: RequestShareType): WorkingDaysRule[] {
  return DEADLINES[profile].rules.filter(
    (r): r is WorkingDaysRule => r.kind === 'workingDays' && r.subject === subject && (!r.shareTypes || (shareType !== undefined && r.shareTypes.includes(shareType))),
  );
}
