import { useState } from 'react';
import { Button, Space } from 'antd';
import { ExclamationCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useWorkspaceInfo } from '../../api/hooks';
import { OpenObjectionsTag } from './OpenObjectionsTag';
import { RaiseObjectionModal, type ObjectionSubject } from './RaiseObjectionModal';

/**
 * The objection line of an entry's details: its open objections, and for another department's
 * shared entry the 提出数据疑义 button (one's own entries are corrected, not objected to).
 */
export function EntryObjections({ entry, shared }: { entry: ObjectionSubject & { departmentCode?: string }; shared: boolean }) {
  const { t } = useTranslation('objections');
  const info = useWorkspaceInfo();
  const [raising, setRaising] = useState<ObjectionSubject>();
  const canRaise = shared && entry.departmentCode !== info?.departmentCode;
  return (
    <Space className="entry-objections" style={{ marginBottom: 8 }}>
      <OpenObjectionsTag entryId={entry.id} />
      {canRaise ? (
        <Button size="small" icon={<ExclamationCircleOutlined />} onClick={() => setRaising(entry)} data-testid="raise-objection">
          {t('raise.action')}
        </Button>
      ) : null}
      <RaiseObjectionModal entry={raising} onClose={() => setRaising(undefined)} />
    </Space>
  );
}
