import { cite, REGULATIONS, type RuleSource } from '../profiles/regulations';
import type { Label, ProfileId } from '../profiles/types';

/**
 * The rectification period of an anomaly notice (异常通报), per profile. 拱墅 第二十七、二十八条 and
 * 松江 第十九条 require a notified department to rectify and report back (及时 / 限期改正) without
 * naming a number of days, so every profile's period is a configurable default, `confirmed: false`;
 * the authority may set the due date of a notice itself.
 */
export interface RectificationRule {
  workingDays: number;
  wording: Label;
  source: RuleSource;
  confirmed: boolean;
}

const rule = (workingDays: number, source: RuleSource, zh: string, en: string): RectificationRule => ({ workingDays, wording: { 'zh-CN': zh, en }, source, confirmed: false });

export const NOTICE_RECTIFICATION: Record<ProfileId, RectificationRule> = {
  gongshu: rule(10, cite(REGULATIONS.gongshu, '第二十八条'), '拱墅：收到资源运行异常通报后及时处置并反馈结果（默认 10 个工作日）', 'Gongshu: act on an anomaly notice and report the result promptly (default 10 working days)'),
  songjiang: rule(10, cite(REGULATIONS.songjiang, '第十九条'), '松江：责令限期改正（默认 10 个工作日）', 'Songjiang: rectify within the period set (default 10 working days)'),
  yichuan: rule(10, cite(REGULATIONS.yichuan), '伊川：整改期限（默认 10 个工作日）', 'Yichuan: rectification period (default 10 working days)'),
  lishui: rule(10, cite(REGULATIONS.lishui), '丽水：整改期限（默认 10 个工作日）', 'Lishui: rectification period (default 10 working days)'),
  yuhua: rule(10, cite(REGULATIONS.yuhua), '雨花：整改期限（默认 10 个工作日）', 'Yuhua: rectification period (default 10 working days)'),
  national: rule(10, cite(REGULATIONS.sharing2016), '整改期限（默认 10 个工作日）', 'Rectification period (default 10 working days)'),
};
