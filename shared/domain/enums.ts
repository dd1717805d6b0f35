/**
 * Canonical enumerations of the catalogue model (DOMAIN §1). Values are the English names of
 * GLOSSARY.md; Chinese labels live in the i18n files and the jurisdiction profiles.
 */

export const SHARE_TYPES = ['unconditional', 'conditional', 'none'] as const;
export type ShareType = (typeof SHARE_TYPES)[number];

export const OPEN_TYPES = ['unconditional', 'conditional', 'none'] as const;
export type OpenType = (typeof OPEN_TYPES)[number];

export const RESOURCE_KINDS = ['data', 'application', 'cloud', 'component', 'iot', 'network'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export const FORMAT_CLASSES = [
  'document',
  'spreadsheet',
  'database',
  'image',
  'streaming',
  'selfDescribing',
  'serviceInterface',
] as const;
export type FormatClass = (typeof FORMAT_CLASSES)[number];

/** 格式类型 per 格式分类 (DOMAIN §1.1 row 7). `selfDescribing` names an industry format: free text. */
export const FORMAT_TYPES: Record<FormatClass, readonly string[]> = {
  document: ['OFD', 'wps', 'xml', 'txt', 'doc', 'docx', 'html', 'pdf', 'ppt'],
  spreadsheet: ['et', 'xls', 'xlsx'],
  database: ['Dm', 'KingbaseES', 'access', 'dbf', 'dbase', 'sysbase', 'oracle', 'sql server', 'db2', 'mysql', 'postgresql'],
  image: ['jpg', 'gif', 'bmp', 'png', 'tif'],
  streaming: ['swf', 'rm', 'mpg', 'mp4'],
  selfDescribing: [],
  serviceInterface: ['REST', 'WebService', 'other'],
};

/** Format classes that hold structured records: data items are mandatory for them (DOMAIN §1.1 row 8). */
export const STRUCTURED_FORMATS: readonly FormatClass[] = ['database', 'spreadsheet'];

export const SHARE_METHOD_CLASSES = ['platform', 'mail', 'disk', 'mediaPaper', 'mediaElectronic'] as const;
export type ShareMethodClass = (typeof SHARE_METHOD_CLASSES)[number];

export const SHARE_METHOD_TYPES = ['database', 'file', 'interface'] as const;
export type ShareMethodType = (typeof SHARE_METHOD_TYPES)[number];

/** A file resource is shared as a file; a database as a database or an interface (DOMAIN §1.3). */
export const ALLOWED_SHARE_METHOD_TYPES: Record<FormatClass, readonly ShareMethodType[]> = {
  document: ['file'],
  spreadsheet: ['file'],
  image: ['file'],
  streaming: ['file', 'interface'],
  selfDescribing: ['file', 'interface'],
  database: ['database', 'interface'],
  serviceInterface: ['interface'],
};

export const UPDATE_CYCLES = [
  'realtime',
  'daily',
  'weekly',
  'tenDays',
  'monthly',
  'quarterly',
  'halfYearly',
  'yearly',
  'irregular',
  'other',
] as const;
export type UpdateCycle = (typeof UPDATE_CYCLES)[number];

/** The 11 data item types of DOMAIN §1.2, by their national letter code. */
export const DATA_ITEM_TYPES = ['C', 'N', 'Y', 'D', 'T', 'L', 'M', 'G', 'B', 'I', 'F'] as const;
export type DataItemType = (typeof DATA_ITEM_TYPES)[number];

export const ENTRY_STATES = ['draft', 'ready', 'submitted', 'published', 'returned', 'changing', 'retired'] as const;
export type EntryState = (typeof ENTRY_STATES)[number];
