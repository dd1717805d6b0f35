import { Button, Input, Select, Space } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useFieldLabel } from '../catalogue/quality/useFieldLabel';

export interface Draft {
  field?: string;
  text: string;
}

interface Props {
  fields: readonly string[];
  draft: Draft;
  onChange(draft: Draft): void;
  onAdd(): void;
}

/** Choose a field, write a comment, add it to the return: one comment at a time. */
export function CommentComposer({ fields, draft, onChange, onAdd }: Props) {
  const { t } = useTranslation('review');
  const fieldLabel = useFieldLabel();
  const ready = !!draft.field && draft.text.trim().length > 0;
  return (
    <Space.Compact block className="review-composer" data-testid="comment-composer">
      <Select
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('queue.chooseField')}
        value={draft.field}
        onChange={(field: string) => onChange({ ...draft, field })}
        options={fields.map((f) => ({ value: f, label: fieldLabel(f) }))}
        className="review-composer-field"
        data-testid="comment-field"
      />
      <Input
        placeholder={t('queue.commentPlaceholder')}
        value={draft.text}
        maxLength={1000}
        onChange={(e) => onChange({ ...draft, text: e.target.value })}
        onPressEnter={() => ready && onAdd()}
        data-testid="comment-text"
      />
      <Button icon={<PlusOutlined />} disabled={!ready} onClick={onAdd} data-testid="comment-add">
        {t('queue.addComment')}
      </Button>
    </Space.Compact>
  );
}
