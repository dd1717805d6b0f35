import type { MessageModule } from './types';

/** Messages of sync with the platform, sign-in, conflicts and the administrator policy. */
const zh = {
  sync: {
    state: {
      offline: '离线',
      idle: '已同步',
      syncing: '正在同步',
      error: '同步出错',
    },
    skew: '本机时间与平台相差 {{minutes}} 分钟，办理时限按平台时间计算',
    rejected: '平台拒收：{{reason}}',
    conflict: '平台上的版本已更新（版本 {{revision}}），请选择保留哪一方',
    resolution: {
      mine: '保留我的',
      theirs: '采用平台的',
      merge: '逐字段合并',
    },
  },
  policy: {
    setting: {
      platformUrl: '平台地址',
      caBundle: '平台证书（CA）',
      profileId: '地方规则配置',
      updateFeedUrl: '更新源地址',
    },
  },
  error: {
    SYNC_NO_PLATFORM: '尚未设置平台地址，请在登录时填写，或请管理员在策略文件中配置',
    SYNC_SIGNED_OUT: '尚未登录平台，请先登录',
    SYNC_AUTH: '平台登录已失效（{{reason}}），请重新登录',
    SYNC_BAD_CREDENTIALS: '用户名或密码错误',
    SYNC_WRONG_DEPARTMENT: '该账号属于“{{account}}”，与本工作区的部门（{{workspace}}）不一致',
    SYNC_FORBIDDEN: '当前账号无权执行此操作',
    SYNC_OFFLINE: '无法连接平台（{{reason}}），网络恢复后将自动重试',
    SYNC_TIMEOUT: '平台在 {{seconds}} 秒内没有响应，稍后将自动重试',
    SYNC_TLS: '平台证书不受信任或无效（{{reason}}）。外网平台请让管理员在策略文件中配置其 CA 证书',
    SYNC_SERVER: '平台暂时不可用（HTTP {{status}}），稍后将自动重试',
    SYNC_BAD_RESPONSE: '平台的应答不符合协议（{{reason}}），稍后将自动重试',
    SYNC_REFUSED: '平台拒绝了请求：{{reason}}',
    SYNC_MASS_DELETE: '本次同步将从共享目录缓存中删除 {{removing}} 条（共 {{cached}} 条），超过一半。请确认后再继续',
    SYNC_CONFLICT_RESOLVED: '该冲突已处理或不存在',
    SYNC_MERGE_UNSUPPORTED: '该类操作的冲突不能逐字段合并',
    POLICY_LOCKED: '设置“{{setting}}”由管理员策略锁定，不能修改',
    POLICY_INVALID: '管理员策略文件 {{path}} 无法使用：{{reason}}。策略未生效，同步已停止，请联系管理员',
  },
};

const en: typeof zh = {
  sync: {
    state: {
      offline: 'Offline',
      idle: 'Synced',
      syncing: 'Syncing',
      error: 'Sync failed',
    },
    skew: 'This computer’s clock differs from the platform’s by {{minutes}} minutes; deadlines use platform time',
    rejected: 'Refused by the platform: {{reason}}',
    conflict: 'The platform has a newer version (revision {{revision}}): choose which one to keep',
    resolution: {
      mine: 'Keep mine',
      theirs: 'Take theirs',
      merge: 'Merge field by field',
    },
  },
  policy: {
    setting: {
      platformUrl: 'Platform address',
      caBundle: 'Platform certificate (CA)',
      profileId: 'Jurisdiction profile',
      updateFeedUrl: 'Update feed address',
    },
  },
  error: {
    SYNC_NO_PLATFORM: 'No platform address: give one when signing in, or ask the administrator to set it in the policy file',
    SYNC_SIGNED_OUT: 'Not signed in to the platform: sign in first',
    SYNC_AUTH: 'The platform session is no longer valid ({{reason}}): sign in again',
    SYNC_BAD_CREDENTIALS: 'Wrong user name or password',
    SYNC_WRONG_DEPARTMENT: 'This account belongs to “{{account}}”, not to this workspace’s department ({{workspace}})',
    SYNC_FORBIDDEN: 'This account may not do this',
    SYNC_OFFLINE: 'The platform cannot be reached ({{reason}}); sync retries when the network is back',
    SYNC_TIMEOUT: 'The platform did not answer within {{seconds}} s; sync retries later',
    SYNC_TLS: 'The platform’s certificate is not trusted or invalid ({{reason}}). For an extranet platform, ask the administrator to set its CA in the policy file',
    SYNC_SERVER: 'The platform is unavailable for now (HTTP {{status}}); sync retries later',
    SYNC_BAD_RESPONSE: 'The platform’s answer does not follow the protocol ({{reason}}); sync retries later',
    SYNC_REFUSED: 'The platform refused the request: {{reason}}',
    SYNC_MASS_DELETE: 'This sync would remove {{removing}} of the {{cached}} cached shared-catalogue entries, more than half. Confirm to go on',
    SYNC_CONFLICT_RESOLVED: 'This conflict is already resolved or does not exist',
    SYNC_MERGE_UNSUPPORTED: 'Conflicts of this kind of operation cannot be merged field by field',
    POLICY_LOCKED: 'The setting “{{setting}}” is locked by the administrator’s policy',
    POLICY_INVALID: 'The administrator’s policy file {{path}} cannot be used: {{reason}}. Nothing of it applies and sync is stopped; contact the administrator',
  },
};

export const syncMessages: MessageModule = { 'zh-CN': zh, en };
