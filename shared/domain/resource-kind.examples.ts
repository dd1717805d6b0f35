import type { NonDataKind } from './enums';
import type { EntryInput } from './entry';

/**
 * One complete set of fields per non-data kind: what the tests, the blank template's notes and the
 * demo use as a filled example.
 */
export const NON_DATA_EXAMPLES: Record<NonDataKind, Partial<EntryInput>> = {
  application: { appUrl: 'https://ywtb.gongshu.gov.cn', onGovCloud: true, protectionLevel: 'level3', appUsers: '全区政务单位及办事群众', userCount: 5200 },
  cloud: { cloudService: 'compute', cloudSpec: '16核32G、系统盘200GB', protectionLevel: 'level3' },
  component: { componentInterface: 'https://irs.gongshu.gov.cn/api/ocr/v1（REST，POST 图片返回文字）', componentVersion: 'v1.2' },
  iot: { deviceCount: 48, deviceType: '水位传感器', deviceLocation: '运河沿线 12 处泵站' },
  network: { networkScope: '区电子政务外网，覆盖 18 个街道', bandwidth: '1000Mbps', protectionLevel: 'level2' },
  security: { securityScope: '区政务云及电子政务外网边界', protectionLevel: 'level3' },
};
