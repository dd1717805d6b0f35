import { describe, expect, it } from 'vitest';
import { parseDdl } from './ddl';
import { mapSqlType } from './sql-types';

const brief = (r: ReturnType<typeof parseDdl>) => r.items.map((i) => `${i.nameEn}|${i.name}|${i.type}|${i.length ?? ''}${i.isKey ? '|PK' : ''}`);

describe('CREATE TABLE docking', () => {
  it('reads MySQL with backticks, inline comments, table options and key lines', () => {
    const sql = [
      '-- 人口库',
      'CREATE TABLE IF NOT EXISTS `rk`.`t_person` (',
      "  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT COMMENT '主键',",
      "  `xm` varchar(50) NOT NULL DEFAULT '' COMMENT '姓名',",
      "  `sfzh` char(18) COMMENT '公民身份号码, 含 X',",
      "  `csrq` date DEFAULT NULL COMMENT '出生日期',",
      "  `sg` decimal(5,2) COMMENT 'it''s 身高',",
      '  `is_valid` tinyint(1) DEFAULT 1,',
      "  `bz` text COMMENT '备注',",
      '  `updated` datetime(3) ON UPDATE CURRENT_TIMESTAMP(3),',
      '  PRIMARY KEY (`id`),',
      '  UNIQUE KEY `uk_sfzh` (`sfzh`),',
      '  KEY `idx_xm` (`xm`)',
      ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='人员';",
    ].join('\n');
    const r = parseDdl(sql);
    expect(r.problems).toEqual([]);
    expect(brief(r)).toEqual([
      'id|主键|I|20|PK',
      'xm|姓名|C|50',
      'sfzh|公民身份号码, 含 X|C|18',
      'csrq|出生日期|D|8',
      "sg|it's 身高|N|5,2",
      'is_valid|is_valid|L|1',
      'bz|备注|M|',
      'updated|updated|T|14',
    ]);
    expect(r.items.every((i) => i.table === 't_person')).toBe(true);
  });

  it('reads PostgreSQL with double quotes and COMMENT ON COLUMN, several tables', () => {
    const sql = `
CREATE TABLE public."corp" (
  "uscc" character varying(18) PRIMARY KEY,
  "name" varchar(200) NOT NULL,
  "capital" numeric(18,2),
  "registered_at" timestamp(6) without time zone,
  "active" boolean DEFAULT true,
  "logo" bytea,
  "score" double precision,
  "tags" jsonb
);
CREATE TABLE corp_branch (
  id serial,
  corp_uscc varchar(18) REFERENCES corp(uscc),
  CONSTRAINT pk_branch PRIMARY KEY (id)
);
COMMENT ON TABLE public.corp IS '企业';
COMMENT ON COLUMN public.corp.uscc IS '统一社会信用代码';
COMMENT ON COLUMN corp.name IS '企业名称';
COMMENT ON COLUMN "corp_branch"."corp_uscc" IS '所属企业';
`;
    const r = parseDdl(sql);
    expect(r.problems).toEqual([]);
    expect(brief(r)).toEqual([
      'uscc|统一社会信用代码|C|18|PK',
      'name|企业名称|C|200',
      'capital|capital|N|18,2',
      'registered_at|registered_at|T|14',
      'active|active|L|1',
      'logo|logo|G|',
      'score|score|B|',
      'tags|tags|M|',
      'id|id|I|10|PK',
      'corp_uscc|所属企业|C|18',
    ]);
    expect(r.items.map((i) => i.table)).toEqual([...new Array(8).fill('corp'), 'corp_branch', 'corp_branch']);
  });

  it('reads Oracle and 达梦 (DM) types and comments', () => {
    const sql = `CREATE TABLE "RK"."T_HOUSE"
(
  "FWBH" VARCHAR2(32 BYTE) NOT NULL ENABLE,
  "MJ" NUMBER(10,2),
  "CS" NUMBER(3),
  "SL" NUMBER,
  "MS" CLOB,
  "ZP" BLOB,
  "DJSJ" TIMESTAMP (6) WITH TIME ZONE,
  "BZ" NVARCHAR2(500),
  "JD" BINARY_DOUBLE,
  CONSTRAINT "PK_HOUSE" PRIMARY KEY ("FWBH") USING INDEX ENABLE
) SEGMENT CREATION IMMEDIATE TABLESPACE "USERS";
COMMENT ON COLUMN "RK"."T_HOUSE"."FWBH" IS '房屋编号';
COMMENT ON COLUMN "RK"."T_HOUSE"."MJ" IS '建筑面积（平方米）';
create table dm_t (c1 varchar(10), c2 int, c3 bit, c4 datetime);
comment on column dm_t.c2 is '数量';`;
    const r = parseDdl(sql);
    expect(r.problems).toEqual([]);
    expect(brief(r)).toEqual([
      'FWBH|房屋编号|C|32|PK',
      'MJ|建筑面积（平方米）|N|10,2',
      'CS|CS|N|3',
      'SL|SL|N|',
      'MS|MS|M|',
      'ZP|ZP|G|',
      'DJSJ|DJSJ|T|14',
      'BZ|BZ|C|500',
      'JD|JD|B|',
      'c1|c1|C|10',
      'c2|数量|I|10',
      'c3|c3|L|1',
      'c4|c4|T|14',
    ]);
  });

  it('reports unreadable lines by number and keeps reading', () => {
    const sql = ['CREATE TABLE t (', '  a varchar(10),', '  123 garbage here,', '  b geography_x(4),', '  c int', ');', "COMMENT ON COLUMN t.zz IS 'x';"].join('\n');
    const r = parseDdl(sql);
    expect(r.items.map((i) => i.nameEn)).toEqual(['a', 'b', 'c']);
    expect(r.problems.map((p) => `${p.line}:${p.code}`)).toEqual(['3:unparsedLine', '4:unknownType', '7:unknownComment']);
    expect(r.items[1]?.type).toBe('C');
  });

  it('never throws on bad input', () => {
    expect(parseDdl('').problems).toEqual([{ line: 1, code: 'emptyInput', text: '' }]);
    expect(parseDdl('SELECT 1;').problems[0]?.code).toBe('noTable');
    expect(parseDdl('CREATE TABLE t (a int, b varchar(').problems[0]?.code).toBe('unclosed');
    for (const s of ["CREATE TABLE t (a varchar(10) COMMENT 'unterminated", 'CREATE TABLE (', '/* open comment CREATE TABLE t (a int)', '"""', 'CREATE TABLE t ()']) {
      expect(() => parseDdl(s)).not.toThrow();
    }
  });

  it('ignores what comments hide and keeps names within 100 characters', () => {
    const r = parseDdl(`/* CREATE TABLE hidden (x int); */\nCREATE TABLE t (\n  a int -- COMMENT 'no'\n  , b varchar(5) COMMENT '${'长'.repeat(150)}'\n);`);
    expect(r.items.map((i) => i.name)).toEqual(['a', '长'.repeat(100)]);
  });
});

describe('SQL type mapping', () => {
  it('maps to the 11 item types and keeps lengths as the model accepts them', () => {
    expect(mapSqlType('VARCHAR', '100')).toEqual({ type: 'C', length: '100', known: true });
    expect(mapSqlType('number', '18, 2')).toEqual({ type: 'N', length: '18,2', known: true });
    expect(mapSqlType('varchar', 'max')).toEqual({ type: 'C', known: true });
    expect(mapSqlType('money')).toEqual({ type: 'Y', known: true });
    expect(mapSqlType('float', '')).toEqual({ type: 'F', known: true });
    expect(mapSqlType('int', '11')).toEqual({ type: 'I', length: '11', known: true });
    expect(mapSqlType('number', '*,0')).toEqual({ type: 'N', known: true });
    expect(mapSqlType('hyperloglog')).toEqual({ type: 'C', known: false });
  });
});

describe('robustness', () => {
  it('never throws, whatever the text', async () => {
    const fc = await import('fast-check');
    const pieces = fc.constantFrom('CREATE TABLE ', 't', '(', ')', ',', "'", '"', '`', ' varchar(10)', ' COMMENT ', '--', '/*', '*/', '\n', ';', 'PRIMARY KEY (a)', 'COMMENT ON COLUMN t.a IS ');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 40 }), (parts) => {
        const r = parseDdl(parts.join(''));
        return Array.isArray(r.items) && r.problems.every((p) => p.line >= 1);
      }),
      { numRuns: 500 },
    );
  });
});

describe('sample values in a dump', () => {
  const GOOD = '410329199003071231';
  const BAD = '410329199003071232';

  it('refuses a resident identity number with a wrong check character, at its line and column', () => {
    const sql = [
      'CREATE TABLE t_person (',
      "  xm varchar(50) COMMENT '姓名',",
      "  sfzh char(18) COMMENT '公民身份号码',",
      "  dh varchar(20) COMMENT '联系电话'",
      ');',
      `INSERT INTO t_person VALUES ('张三', '${GOOD}', '13800000000'),`,
      `  ('李四', '${BAD}', '13800000001');`,
      `INSERT INTO t_person (sfzh, xm) VALUES ('4103291990030712', '王五');`,
      `INSERT INTO other_table VALUES ('${BAD}');`,
    ].join('\n');
    const r = parseDdl(sql);
    expect(r.items.map((i) => i.nameEn)).toEqual(['xm', 'sfzh', 'dh']);
    expect(r.problems).toEqual([
      { line: 7, code: 'idNumberChecksum', text: BAD, params: { column: 'sfzh', value: BAD } },
      { line: 8, code: 'idNumberInvalid', text: '4103291990030712', params: { column: 'sfzh', value: '4103291990030712' } },
    ]);
  });

  it('checks only identity number columns, and takes a good number as it is', () => {
    const sql = ["CREATE TABLE t (sfzh varchar(18) COMMENT '身份证号', tyshxydm char(18) COMMENT '统一社会信用代码');", `INSERT INTO t VALUES ('${GOOD}', '${BAD}');`].join('\n');
    expect(parseDdl(sql).problems).toEqual([]);
  });
});
