import { Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useWorkspaceStatus } from '../../api/hooks';
import { useCoreEvents } from '../../api/useCoreEvents';
import { AppFrame } from '../../app/AppFrame';
import { SetupScreen } from '../setup/SetupScreen';
import { NoticeModal } from './NoticeModal';
import { UnavailableScreen } from './UnavailableScreen';

/** Shows the app only over a ready workspace: otherwise first-run setup, or why it cannot open. */
export function WorkspaceGate({ initialView }: { initialView?: string }) {
  const { t } = useTranslation();
  useCoreEvents();
  const status = useWorkspaceStatus();

  let body;
  if (status.isPending) body = <Spin size="large" className="page-spin" />;
  else if (status.isError) body = <Result status="error" title={t('loadFailed')} subTitle={status.error.message} />;
  else if (status.data.state === 'uninitialised') body = <SetupScreen dir={status.data.dir} />;
  else if (status.data.state === 'unavailable') body = <UnavailableScreen dir={status.data.dir} error={status.data.error} />;
  else body = <AppFrame initialView={initialView} />;

  return (
    <>
      {body}
      <NoticeModal />
    </>
  );
}
