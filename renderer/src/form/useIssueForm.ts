import { useCallback, useMemo, useState } from 'react';
import type { FormInstance } from 'antd';
import type { IssueState } from './IssueContext';
import { isApiError } from '../api/ApiError';
import { stripPrefix, toIssueMap, type FieldIssue } from './issues';

/**
 * Validation as the officer types: `validate` runs on every change over all values; issues show
 * at touched fields, and at every field once a save was attempted.
 */
export function useIssueForm<V>(form: FormInstance<V>, validate: (values: V) => FieldIssue[]) {
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [serverIssues, setServerIssues] = useState<FieldIssue[]>([]);
  const [showAll, setShowAll] = useState(false);

  const values = useCallback(() => form.getFieldsValue(true) as V, [form]);

  /** Call from the form's onValuesChange (after any dependent-field resets). */
  const revalidate = useCallback(() => {
    setIssues(validate(values()));
    setServerIssues([]);
  }, [validate, values]);

  /**
   * Before saving: shows every issue, brings the first one into view, and returns the values —
   * or undefined when something is wrong.
   */
  const check = useCallback((): V | undefined => {
    const current = values();
    const found = validate(current);
    setIssues(found);
    setShowAll(true);
    const first = found[0];
    if (first) form.scrollToField(first.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), { block: 'center' });
    return found.length ? undefined : current;
  }, [form, validate, values]);

  /**
   * A save the core refused as VALIDATION, or the platform refused naming fields (relayed as
   * SYNC_REFUSED with issues): its issues (paths under `prefix` in the channel's input) shown at
   * their fields, every field shown. Returns the issues, or undefined for any other error, which
   * the caller reports its own way.
   */
  const showServerIssues = useCallback((err: unknown, prefix: string): FieldIssue[] | undefined => {
    if (!isApiError(err, 'VALIDATION') && !(isApiError(err, 'SYNC_REFUSED') && err.issues.length)) return undefined;
    const found = stripPrefix(err.issues, prefix);
    setServerIssues(found);
    setShowAll(true);
    return found;
  }, []);

  /** The issues of the values as they are now, without showing them. */
  const validateNow = useCallback(() => validate(values()), [validate, values]);

  const reset = useCallback(() => {
    setIssues([]);
    setServerIssues([]);
    setShowAll(false);
  }, []);

  const state: IssueState = useMemo(
    () => ({ issues: toIssueMap(issues), serverIssues: toIssueMap(serverIssues), showAll }),
    [issues, serverIssues, showAll],
  );

  return { state, issues, revalidate, check, validateNow, reset, setServerIssues, setShowAll, showServerIssues };
}
