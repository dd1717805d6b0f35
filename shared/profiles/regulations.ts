/**
 * The documents the jurisdiction profiles follow, by their official title and document number.
 * Every rule the app shows is cited from here as 《title》 + article, so that a citation can never
 * name anything but the regulation itself.
 */

/** A regulation as cited: its full title (with 《》) and its document number. */
export interface Regulation {
  title: string;
  number: string;
}

export const REGULATIONS = {
  /** The national catalogue guideline: the core metadata, vocabularies and classification. */
  guideline1272: { title: '《政务信息资源目录编制指南（试行）》', number: '发改高技〔2017〕1272号' },
  /** The State Council's interim measures on sharing: the national time limits. */
  sharing2016: { title: '《政务信息资源共享管理暂行办法》', number: '国发〔2016〕51号' },
  gongshu: { title: '《拱墅区政务数字资源共建共享管理办法》', number: '拱政办发〔2021〕11号' },
  yichuan: { title: '《伊川县政务数据资源共享管理暂行办法》', number: '伊政数〔2020〕9号' },
  lishui: { title: '《丽水市公共数据资源管理办法》', number: '丽政办发〔2020〕5号' },
  yuhua: { title: '《长沙市雨花区政务数据资源管理暂行办法》', number: '雨政办发〔2021〕9号' },
  songjiang: { title: '《松江区政务数据资源共享管理办法》', number: '沪松府办〔2016〕87号' },
} as const satisfies Record<string, Regulation>;

/** Where a rule is written: a regulation's title and, when confirmed from its text, the article. */
export interface RuleSource {
  title: string;
  /** e.g. 第二十九条（二）; empty when the article is not confirmed from the primary text. */
  article: string;
}

/** A citation of one article of a regulation. */
export function cite(regulation: Regulation, article = ''): RuleSource {
  return { title: regulation.title, article };
}

/** The citation as one line: 《伊川县政务数据资源共享管理暂行办法》第二十九条. */
export function citation(source: RuleSource): string {
  return source.title + source.article;
}
