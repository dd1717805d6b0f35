import type { MessageModule } from './types';

/** Messages of the platform protocol: typed HTTP errors and the reasons an operation is refused. */
const zh = {
  protocol: {
    error: {
      VALIDATION: '请求内容有误，请检查标出的字段',
      MALFORMED_JSON: '请求内容不是有效的 JSON',
      CHECKSUM_MISMATCH: '附件内容与其 SHA-256 校验值不符（实际 {{actual}}）',
      AUTH_REQUIRED: '请先登录平台',
      BAD_CREDENTIALS: '用户名或密码不正确',
      TOKEN_EXPIRED: '登录已过期，请重新登录',
      FORBIDDEN: '当前账号无权执行此操作',
      NOT_FOUND: '平台上找不到该记录',
      METHOD_NOT_ALLOWED: '该地址不支持此请求方法',
      CONFLICT: '该记录已被修改（当前版本 {{current}}），请刷新后再操作',
      STATE_FORBIDS: '当前状态（{{state}}）不允许此操作',
      PAYLOAD_TOO_LARGE: '请求内容过大（上限 {{limit}} 字节）',
      UNSUPPORTED_MEDIA_TYPE: '不支持的内容类型：{{type}}',
      RATE_LIMITED: '请求过于频繁，请 {{retryAfter}} 秒后再试',
      INTERNAL: '平台内部错误，操作未执行',
      UNAVAILABLE: '平台暂时不可用，请稍后再试',
    },
    reject: {
      VALIDATION: '操作内容有误',
      UNKNOWN_KIND: '平台不支持此类操作：{{kind}}',
      FORBIDDEN: '本部门无权修改此记录',
      NOT_FOUND: '平台上找不到所引用的记录',
      STATE_FORBIDS: '记录当前状态（{{state}}）不允许此操作',
      NOT_SHAREABLE: '该资源为不予共享，不能申请',
      OWN_ENTRY: '不能申请或质疑本部门自己的资源',
      SEALED_FORM_REQUIRED: '有条件共享的申请须附盖章的共享需求单',
      ATTACHMENT_MISSING: '附件尚未上传到平台：{{sha256}}',
      DUPLICATE_NAME: '本部门已有同名的已提交目录：{{name}}',
      OP_ID_REUSED: '操作编号 {{opId}} 已用于另一项操作，本操作未执行',
    },
    validation: {
      reasonRequired: '不予同意时须写明理由',
    },
  },
};

const en: typeof zh = {
  protocol: {
    error: {
      VALIDATION: 'The request is invalid: check the marked fields',
      MALFORMED_JSON: 'The request body is not valid JSON',
      CHECKSUM_MISMATCH: 'The attachment does not match its SHA-256 (actual {{actual}})',
      AUTH_REQUIRED: 'Sign in to the platform first',
      BAD_CREDENTIALS: 'Wrong user name or password',
      TOKEN_EXPIRED: 'The sign-in has expired: sign in again',
      FORBIDDEN: 'This account may not do that',
      NOT_FOUND: 'The platform has no such record',
      METHOD_NOT_ALLOWED: 'This address does not accept that method',
      CONFLICT: 'The record was changed meanwhile (now revision {{current}}): refresh and try again',
      STATE_FORBIDS: 'Not allowed in the current state ({{state}})',
      PAYLOAD_TOO_LARGE: 'The request is too large (limit {{limit}} bytes)',
      UNSUPPORTED_MEDIA_TYPE: 'Unsupported content type: {{type}}',
      RATE_LIMITED: 'Too many requests: try again in {{retryAfter}} s',
      INTERNAL: 'Platform error: nothing was done',
      UNAVAILABLE: 'The platform is unavailable: try again later',
    },
    reject: {
      VALIDATION: 'The operation is invalid',
      UNKNOWN_KIND: 'The platform does not support this operation: {{kind}}',
      FORBIDDEN: 'Your department may not change this record',
      NOT_FOUND: 'The platform has no record it refers to',
      STATE_FORBIDS: 'Not allowed in the record’s current state ({{state}})',
      NOT_SHAREABLE: 'This resource is not shared and cannot be requested',
      OWN_ENTRY: 'You cannot request or object to your own department’s resource',
      SEALED_FORM_REQUIRED: 'A conditional request needs the sealed demand form attached',
      ATTACHMENT_MISSING: 'The attachment has not been uploaded to the platform: {{sha256}}',
      DUPLICATE_NAME: 'Your department already has a submitted entry named {{name}}',
      OP_ID_REUSED: 'Operation id {{opId}} was already used for another operation; this one was not applied',
    },
    validation: {
      reasonRequired: 'A refusal needs its reason',
    },
  },
};

export const protocolMessages: MessageModule = { 'zh-CN': zh, en };
