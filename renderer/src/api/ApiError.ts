import type { AppErrorData, ValidationIssue } from '@shared/ipc/errors';

/** A failed call, with the typed error the core (or the shell) returned. */
export class ApiError extends Error {
  readonly code: string;
  readonly issues: ValidationIssue[];
  readonly params: Record<string, unknown>;

  constructor(data: AppErrorData) {
    super(data.message);
    this.name = 'ApiError';
    this.code = data.code;
    this.issues = data.details?.issues ?? [];
    this.params = data.details?.params ?? {};
  }
}

export function isApiError(err: unknown, code?: string): err is ApiError {
  return err instanceof ApiError && (code === undefined || err.code === code);
}
