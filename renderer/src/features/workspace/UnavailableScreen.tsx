import { Button, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '@shared/ipc/errors';
import { useOpenAnotherWorkspace } from './useOpenAnotherWorkspace';

/** A workspace that is locked, damaged or too new: say why, change nothing, offer another one. */
export function UnavailableScreen({ dir, error }: { dir: string; error: AppErrorData }) {
  const { t } = useTranslation();
  const openAnother = useOpenAnotherWorkspace();
  return (
    <div className="centered-page">
      <Result
        status="warning"
        title={t('unavailable.title')}
        subTitle={
          <>
            <Typography.Paragraph data-testid="unavailable-message">
              {t(`messages:error.${error.code}`, { ...error.details?.params, defaultValue: error.message })}
            </Typography.Paragraph>
            <Typography.Text type="secondary" code>
              {dir}
            </Typography.Text>
          </>
        }
        extra={
          <Button type="primary" loading={openAnother.isPending} onClick={() => openAnother.mutate()} data-testid="open-another">
            {t('unavailable.openAnother')}
          </Button>
        }
      />
    </div>
  );
}
