import type { ReactNode } from 'react';
import { Form, type FormItemProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFieldNote } from './FieldNotes';
import { useIssues } from './IssueContext';
import { pathOf } from './issues';

type Props = Omit<FormItemProps, 'name' | 'help' | 'validateStatus'> & {
  name: (string | number)[];
  /** The Form.List path a relative `name` sits under, e.g. `['items']`. */
  within?: (string | number)[];
  children: ReactNode;
};

/**
 * A form field whose problem comes from the shared schema (or the core), translated at render
 * time — so switching the language re-words a message already on screen.
 */
export function IssueField({ name, within = [], children, ...rest }: Props) {
  const { t } = useTranslation('messages');
  const form = Form.useFormInstance();
  const { issues, serverIssues, showAll } = useIssues();
  const fullName = [...within, ...name];
  const path = pathOf(fullName);
  const code = serverIssues.get(path) ?? (showAll || form.isFieldTouched(fullName) ? issues.get(path) : undefined);
  const note = useFieldNote(path);
  return (
    <Form.Item
      {...rest}
      name={name}
      validateStatus={code ? 'error' : undefined}
      help={code ? t(code) : undefined}
      extra={
        note ? (
          <>
            {rest.extra}
            {note}
          </>
        ) : (
          rest.extra
        )
      }
      data-field={path}
    >
      {children}
    </Form.Item>
  );
}
