import type { FieldIssue } from '../../form/issues';

export interface SignInValues {
  platformUrl?: string;
  user?: string;
  password?: string;
}

/** What the sign-in form needs before it goes to the platform; the address only when the officer gives it. */
export function signInIssues(values: SignInValues, urlEditable: boolean): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (urlEditable) {
    const url = values.platformUrl?.trim() ?? '';
    if (!url) issues.push({ path: 'platformUrl', code: 'validation.required' });
    // Typed without its scheme (dsj.example.gov.cn) or with another: say exactly what is missing.
    else if (!/^https?:\/\//i.test(url)) issues.push({ path: 'platformUrl', code: 'validation.urlScheme' });
    else if (!isHttpUrl(url)) issues.push({ path: 'platformUrl', code: 'validation.invalid' });
  }
  if (!values.user?.trim()) issues.push({ path: 'user', code: 'validation.required' });
  else if (values.user.trim().length > 64) issues.push({ path: 'user', code: 'validation.tooLong' });
  if (!values.password) issues.push({ path: 'password', code: 'validation.required' });
  else if (values.password.length > 256) issues.push({ path: 'password', code: 'validation.tooLong' });
  return issues;
}

function isHttpUrl(text: string): boolean {
  try {
    const u = new URL(text);
    return (u.protocol === 'https:' || u.protocol === 'http:') && !!u.hostname;
  } catch {
    return false;
  }
}
