/**
 * The docking fuzzer (`npm run fuzz:docking`, and a fixed-seed sample in vitest): table structures
 * — CREATE TABLE scripts of several databases and CSV lists of columns — mutated N ways and read
 * through `catalogue.itemsFromDdl`. Each must be answered with items and named problems (every
 * problem code translated in zh-CN and en), or refused with a typed error; the items must be ones
 * an entry can take; nothing is written; no case may take long (a parser that backtracks
 * without end would hang the core's thread).
 */
import { readdirSync } from 'node:fs';
import { DATA_ITEM_TYPES } from '@shared/domain/enums';
import { MAX_ITEM_NAME } from '@shared/docking/index';
import { DOCKING_MAX_CHARS } from '@shared/ipc/channels/catalogue';
import { ERROR_CODES } from '@shared/ipc/errors';
import { translate } from '@shared/i18n/messages';
import type { Core } from '../../electron/core/index';
import { mulberry32 as rng } from './random';

type Rand = () => number;
const int = (r: Rand, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rand, list: readonly T[]): T => list[int(r, list.length)] as T;

const SQL_BASES = [
  [
    '-- 人口库',
    'CREATE TABLE IF NOT EXISTS `rk`.`t_person` (',
    "  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT COMMENT '主键',",
    "  `xm` varchar(50) NOT NULL DEFAULT '' COMMENT '姓名',",
    "  `sfzh` char(18) COMMENT '公民身份号码, 含 X',",
    "  `csrq` date DEFAULT NULL COMMENT '出生日期',",
    "  `sg` decimal(5,2) COMMENT 'it''s 身高',",
    '  `is_valid` tinyint(1) DEFAULT 1,',
    '  PRIMARY KEY (`id`),',
    '  KEY `idx_xm` (`xm`)',
    ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='人员';",
  ].join('\n'),
  [
    'CREATE TABLE public."corp" (',
    '  "uscc" character varying(18) PRIMARY KEY,',
    '  "name" varchar(200) NOT NULL,',
    '  "capital" numeric(18,2),',
    '  "registered_at" timestamp(6) without time zone,',
    '  "active" boolean DEFAULT true,',
    '  "logo" bytea',
    ');',
    "COMMENT ON COLUMN public.\"corp\".\"name\" IS '企业名称';",
    "COMMENT ON TABLE public.corp IS '企业';",
  ].join('\n'),
  [
    'CREATE TABLE "HOUSE"."T_FW" (',
    '  "FWBH" VARCHAR2(32 BYTE) NOT NULL ENABLE,',
    '  "JZMJ" NUMBER(10,2),',
    '  "DJRQ" DATE,',
    '  "BZ" CLOB,',
    '  CONSTRAINT "PK_FW" PRIMARY KEY ("FWBH")',
    ') TABLESPACE "USERS";',
    'COMMENT ON COLUMN "HOUSE"."T_FW"."FWBH" IS \'房屋编号\';',
  ].join('\n'),
  [
    'CREATE TABLE [dbo].[T_QY] (',
    '  [QYID] [int] IDENTITY(1,1) NOT NULL,',
    '  [QYMC] [nvarchar](200) NULL,',
    '  [ZCZB] [money] NULL,',
    '  [ZP] [varbinary](max) NULL,',
    '  CONSTRAINT [PK_QY] PRIMARY KEY CLUSTERED ([QYID] ASC)',
    ') ON [PRIMARY]',
    'GO',
  ].join('\n'),
];

const CSV_BASES = [
  'xm,varchar,50,姓名\r\nnl,int,,年龄\r\ncsrq,date,,\r\n',
  '\uFEFF表名,注释,字段名,数据类型,长度,主键\nt_corp,"企业名称, 全称",qymc,字符型C,200,是\nt_corp,注册资本,zczb,"decimal(18,2)",,否\n',
  'column_name\tdata_type\tlength\tcomment\nfwbh\tVARCHAR2\t32\t房屋编号\njzmj\tNUMBER\t10,2\t建筑面积\n',
];

const JUNK = ['(', ')', '((', '))', ',', ';', "'", '"', '`', '[', ']', '/*', '*/', '--', '#', '\\', '\u0000', '\uFEFF', '\r', '\n', '\t', 'COMMENT', 'CREATE TABLE', 'PRIMARY KEY', 'NOT NULL', 'DEFAULT', 'varchar(', '(max)', '(10,', '中文', '𠮷', '\u202e', '，', '（', '）', '；', '"x""y"', "''''"];

type Mutation = (r: Rand, text: string) => string;

const MUTATIONS: Record<string, Mutation> = {
  insertJunk(r, t) {
    let out = t;
    for (let k = 1 + int(r, 12); k > 0; k--) {
      const at = int(r, out.length + 1);
      out = out.slice(0, at) + pick(r, JUNK) + out.slice(at);
    }
    return out;
  },
  deleteChars(r, t) {
    let out = t;
    for (let k = 1 + int(r, 12); k > 0; k--) {
      const at = int(r, out.length);
      out = out.slice(0, at) + out.slice(at + 1 + int(r, 8));
    }
    return out;
  },
  truncate: (r, t) => t.slice(0, int(r, t.length)),
  duplicateLines(r, t) {
    const lines = t.split('\n');
    const i = int(r, lines.length);
    lines.splice(i, 0, ...Array<string>(1 + int(r, 50)).fill(lines[i] ?? ''));
    return lines.join('\n');
  },
  shuffleLines: (r, t) => t.split('\n').sort(() => r() - 0.5).join('\n'),
  /** Tens of thousands of columns, up to the channel's limit. */
  manyColumns(r, t) {
    const line = pick(r, t.split('\n').filter((l) => l.trim())) ?? 'x';
    const n = Math.min(Math.floor((DOCKING_MAX_CHARS - t.length) / (line.length + 1)), 1_000 + int(r, 40_000));
    return t + '\n' + Array<string>(Math.max(n, 0)).fill(line).join('\n');
  },
  /** Parentheses, quotes or comments opened thousands of times and never closed. */
  unbalanced(r, t) {
    const open = pick(r, ['(', '/*', "'", '"', '`', '[', '(((((']);
    return t.replace(/\(/, open.repeat(1 + int(r, 20_000)) + '(');
  },
  /** A comment, identifier or type argument of hundreds of thousands of characters. */
  hugeToken(r, t) {
    const big = pick(r, ['名', 'a', '9', ' ', "''", ',', '(']).repeat(1_000 + int(r, 400_000));
    const at = int(r, t.length + 1);
    return t.slice(0, at) + big + t.slice(at);
  },
  /** Over the channel's limit: refused as a whole, typed. */
  overLimit: (r, t) => t + ' '.repeat(Math.max(1, DOCKING_MAX_CHARS + 1 + int(r, 1000) - t.length)),
  binary: (r) => Array.from({ length: int(r, 4096) }, () => String.fromCharCode(int(r, 0xd800))).join(''),
  empty: (r) => pick(r, ['', ' ', '\n\n', ',,,', '\uFEFF', ';;;', 'CREATE TABLE', 'CREATE TABLE t ();']),
  lineEndings: (r, t) => t.replace(/\n/g, pick(r, ['\r\n', '\r', '\n\n', '\u2028', '\u0085'])),
  caseAndWidth: (r, t) => (r() < 0.5 ? t.toLowerCase() : t.replace(/[A-Za-z(),]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))),
  repeatWhole: (r, t) => Array<string>(Math.min(2 + int(r, 200), Math.ceil(DOCKING_MAX_CHARS / Math.max(t.length, 1)) + 1)).fill(t).join(pick(r, ['\n', '', ';\n'])),
};

export interface DockingCase {
  n: number;
  format: 'sql' | 'csv';
  mutation: string;
  text: string;
}

/** Case `n` of the run seeded with `seed`: reproducible alone. */
export function dockingCase(seed: number, n: number): DockingCase {
  const r = rng(seed * 100_019 + n);
  const format = r() < 0.6 ? 'sql' : 'csv';
  let text = pick(r, format === 'sql' ? SQL_BASES : CSV_BASES);
  const names: string[] = [];
  // Now and then the other format's text, as an officer pasting into the wrong box would.
  if (r() < 0.08) {
    text = pick(r, format === 'sql' ? CSV_BASES : SQL_BASES);
    names.push('otherFormat');
  }
  for (let k = 1 + int(r, 3); k > 0; k--) {
    const name = pick(r, Object.keys(MUTATIONS));
    names.push(name);
    text = MUTATIONS[name]!(r, text);
  }
  return { n, format, mutation: names.join('+'), text };
}

export interface DockingOutcome {
  cases: number;
  /** Answered with items (and perhaps problems). */
  withItems: number;
  /** Answered with problems only, by code. */
  problems: Record<string, number>;
  typedErrors: Record<string, number>;
  failures: { n: number; format: string; mutation: string; reason: string }[];
  /** CPU time of the slowest case. */
  slowestMs: number;
  ms: number;
}

async function snapshot(core: Core, workspaceDir: string): Promise<string> {
  const list = await core.dispatch('catalogue.list', { limit: 1 });
  const audit = await core.dispatch('audit.list', { limit: 1 });
  if (!list.ok || !audit.ok) throw new Error('workspace not readable');
  return JSON.stringify([(list.value as { total: number }).total, (audit.value as { rows: { id: number }[] }).rows[0]?.id ?? 0, readdirSync(workspaceDir).sort()]);
}

/** Slower than this (CPU time), one parse counts as a failure: the core answers on one thread. */
export const DOCKING_CASE_LIMIT_MS = 5_000;

export async function runDockingFuzz(opts: { core: Core; workspaceDir: string; seed: number; cases: number; onCase?: (n: number) => void }): Promise<DockingOutcome> {
  const started = performance.now();
  const { core } = opts;
  const known = new Set<string>(ERROR_CODES);
  const types = new Set<string>(DATA_ITEM_TYPES);
  const before = await snapshot(core, opts.workspaceDir);
  const outcome: DockingOutcome = { cases: 0, withItems: 0, problems: {}, typedErrors: {}, failures: [], slowestMs: 0, ms: 0 };
  for (let n = 0; n < opts.cases; n++) {
    const c = dockingCase(opts.seed, n);
    const fail = (reason: string) => outcome.failures.push({ n, format: c.format, mutation: c.mutation, reason });
    // CPU time, not wall time: on a shared machine a niced run waits for the processor.
    const t0 = process.cpuUsage();
    try {
      const r = await core.dispatch('catalogue.itemsFromDdl', { text: c.text, format: c.format });
      const used = process.cpuUsage(t0);
      const ms = (used.user + used.system) / 1000;
      outcome.slowestMs = Math.max(outcome.slowestMs, Math.round(ms));
      if (ms > DOCKING_CASE_LIMIT_MS) fail(`took ${Math.round(ms)} ms of CPU`);
      if (!r.ok) {
        if (r.error.code === 'INTERNAL' || !known.has(r.error.code)) fail(`untyped error ${r.error.code}`);
        else outcome.typedErrors[r.error.code] = (outcome.typedErrors[r.error.code] ?? 0) + 1;
      } else {
        const { items, problems } = r.value as { items: { name: string; nameEn: string; type: string }[]; problems: { line: number; code: string; message: string }[] };
        if (items.length) outcome.withItems++;
        for (const p of problems) {
          if (!items.length) outcome.problems[p.code] = (outcome.problems[p.code] ?? 0) + 1;
          const key = `catalogue.docking.${p.code}`;
          if (translate(key, 'zh-CN') === key || translate(key, 'en') === key) fail(`problem ${p.code} has no message`);
          if (!Number.isInteger(p.line) || p.line < 1) fail(`problem ${p.code} at line ${p.line}`);
        }
        for (const i of items) {
          if (!i.name.trim() || i.name.length > MAX_ITEM_NAME || !i.nameEn.trim() || !types.has(i.type)) {
            fail(`item an entry cannot take: ${JSON.stringify(i).slice(0, 200)}`);
            break;
          }
        }
      }
    } catch (err) {
      fail(`threw ${(err as Error).message}`);
    }
    if ((await snapshot(core, opts.workspaceDir)) !== before) fail('workspace changed');
    outcome.cases++;
    opts.onCase?.(n);
  }
  outcome.ms = Math.round(performance.now() - started);
  return outcome;
}
