/** Typed errors of the Excel round-trip: the whole file cannot be taken (cell problems are issues instead). */
export const EXCHANGE_ERROR_CODES = [
  'EXCHANGE_BAD_PATH',
  'EXCHANGE_FILE_NOT_FOUND',
  'EXCHANGE_NOT_XLSX',
  'EXCHANGE_ENCRYPTED',
  'EXCHANGE_CORRUPT',
  'EXCHANGE_ZIP_MISMATCH',
  'EXCHANGE_TOO_LARGE',
  'EXCHANGE_TOO_MANY_ROWS',
  'EXCHANGE_FILE_CHANGED',
  'EXCHANGE_HAS_ERRORS',
  'EXCHANGE_WRITE_FAILED',
] as const;
export type ExchangeErrorCode = (typeof EXCHANGE_ERROR_CODES)[number];
