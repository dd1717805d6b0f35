import { describe, expect, it } from 'vitest';
import { CLASSIFICATION_TREES } from '../domain/classification';
import { RESOURCE_KINDS } from '../domain/enums';
import { checkEntry } from '../quality/checks';
import { entryInputSchema } from '../domain/entry';
import { PROFILES, PROFILE_IDS, REQUIRABLE_FIELDS, getProfile } from './index';

const minimal = entryInputSchema.parse({
  name: '企业登记信息',
  provider: '某局',
  summary: '企业设立、变更、注销登记的基本信息',
  formatClass: 'database',
  formatType: 'oracle',
  shareType: 'unconditional',
  openType: 'none',
  updateCycle: 'daily',
  items: [{ name: '企业名称', type: 'C', length: '200' }],
});
const requiredOf = (id: (typeof PROFILE_IDS)[number]) =>
  checkEntry(minimal, { profile: getProfile(id) })
    .filter((i) => i.code === 'requiredByProfile')
    .map((i) => i.path)
    .sort();

describe('jurisdiction profiles', () => {
  it('are complete and consistent', () => {
    for (const id of PROFILE_IDS) {
      const p = PROFILES[id];
      expect(p.id).toBe(id);
      expect(p.classifications.length).toBeGreaterThan(0);
      for (const s of p.classifications) expect(CLASSIFICATION_TREES[s]).toBeDefined();
      for (const f of p.requiredFields) expect(REQUIRABLE_FIELDS).toContain(f);
      expect(p.resourceKinds).toContain('data');
      expect(p.dataGrades.length).toBeGreaterThan(0);
    }
  });

  it('national requires classification and the share method (1272)', () => {
    expect(requiredOf('national')).toEqual(['classification', 'shareMethodClass', 'shareMethodType']);
  });

  it('gongshu catalogues all six resource kinds and grades L1–L4', () => {
    expect([...PROFILES.gongshu.resourceKinds].sort()).toEqual([...RESOURCE_KINDS].sort());
    expect(PROFILES.gongshu.dataGrades).toEqual(['L1', 'L2', 'L3', 'L4']);
    expect(PROFILES.gongshu.shareTypeLabels.conditional['zh-CN']).toBe('受限共享');
    expect(requiredOf('gongshu')).toEqual(['shareMethodType']);
  });

  it('yichuan requires the security level and usage requirements (art. 11)', () => {
    expect(requiredOf('yichuan')).toEqual(['classification', 'dataGrade', 'usageRequirements']);
    expect(PROFILES.yichuan.resourceKinds).toEqual(['data']);
  });

  it('lishui uses Zhejiang grades and its own share labels', () => {
    expect(PROFILES.lishui.shareTypeLabels.none['zh-CN']).toBe('非共享');
    expect(PROFILES.lishui.dataGrades).toContain('L3');
    expect(requiredOf('lishui')).toEqual(['classification']);
  });

  it('yuhua requires responsible party, update time limit, share method and usage (art. 8)', () => {
    expect(requiredOf('yuhua')).toEqual(['classification', 'responsibleParty', 'shareMethodClass', 'shareMethodType', 'updateTimeLimit', 'usageRequirements']);
  });

  it('songjiang uses base vs sector classes, docking info and 字符/日期/数字', () => {
    expect(PROFILES.songjiang.classifications).toEqual(['songjiang']);
    expect(requiredOf('songjiang')).toEqual(['classification', 'dockingMethod']);
    expect(PROFILES.songjiang.itemTypeAliases?.N).toEqual(['数字']);
    expect(PROFILES.songjiang.shareTypeLabels.unconditional['zh-CN']).toBe('普遍共享');
  });

  it('refuses kinds and grades a profile does not use', () => {
    const app = { ...minimal, kind: 'application' as const, dataGrade: 'L2' as const };
    const codes = (id: (typeof PROFILE_IDS)[number]) => checkEntry(app, { profile: getProfile(id) }).map((i) => i.code);
    expect(codes('yichuan')).toEqual(expect.arrayContaining(['kindNotAllowed', 'dataGradeNotAllowed']));
    expect(codes('gongshu')).not.toContain('kindNotAllowed');
    expect(codes('gongshu')).not.toContain('dataGradeNotAllowed');
  });
});
