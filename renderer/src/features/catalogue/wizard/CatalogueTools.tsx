import './wizard.css';
import { useState } from 'react';
import { App, Button, Space } from 'antd';
import { FormOutlined, HistoryOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Entry } from '@shared/domain/entry';
import { call } from '../../../api/client';
import { ExchangeMenu } from '../../exchange/ExchangeMenu';
import { EntryDetails, type DetailsTarget } from '../../search/EntryDetails';
import { SearchPanel } from '../../search/SearchPanel';
import { HistoryDrawer } from '../history/HistoryDrawer';
import { QualityBar } from '../quality/QualityBar';
import { QualityDrawer } from '../quality/QualityDrawer';
import { AUTO_CHECK_MAX, useCatalogueQuality } from '../quality/useCatalogueQuality';
import { WizardDrawer } from './WizardDrawer';

type WizardTarget = { entry?: Entry; focusPath?: string; key: number };

/**
 * The catalogue screen's tools beside the table: search, the quality summary and report, Excel
 * import/export, the guided wizard, and the history of an entry.
 */
export function CatalogueTools({ total }: { total: number }) {
  const { t } = useTranslation('wizard');
  const { message } = App.useApp();
  const [wizard, setWizard] = useState<WizardTarget>();
  const [qualityOpen, setQualityOpen] = useState(false);
  const [asked, setAsked] = useState(false);
  const [historyId, setHistoryId] = useState<string>();
  const [details, setDetails] = useState<DetailsTarget>();
  const auto = total <= AUTO_CHECK_MAX;
  const quality = useCatalogueQuality(auto || asked);

  const openAt = async (id: string, focusPath?: string) => {
    try {
      const entry = await call('catalogue.get', { id });
      setWizard({ entry, ...(focusPath ? { focusPath } : {}), key: Date.now() });
    } catch (err) {
      void message.error((err as Error).message);
    }
  };

  return (
    <div className="catalogue-tools">
      <div className="catalogue-tools-row">
        <SearchPanel scope="own" compact onOpen={(r) => setDetails({ id: r.id, scope: r.scope })} />
        <QualityBar quality={quality} auto={auto} onCheck={() => setAsked(true)} onOpen={() => setQualityOpen(true)} />
        <span className="catalogue-tools-spacer" />
        <ExchangeMenu />
        <Button icon={<FormOutlined />} onClick={() => setWizard({ key: Date.now() })} data-testid="wizard-new">
          {t('launch')}
        </Button>
      </div>
      {wizard ? <WizardDrawer key={wizard.key} open entry={wizard.entry} focusPath={wizard.focusPath} onClose={() => setWizard(undefined)} /> : null}
      <QualityDrawer
        open={qualityOpen}
        score={quality.data?.score}
        entries={quality.data?.entries ?? []}
        onClose={() => setQualityOpen(false)}
        onJump={(id, path) => {
          setQualityOpen(false);
          void openAt(id, path);
        }}
        onHistory={setHistoryId}
      />
      <HistoryDrawer id={historyId} onClose={() => setHistoryId(undefined)} />
      <EntryDetails
        target={details}
        onClose={() => setDetails(undefined)}
        actions={
          details?.scope === 'own' ? (
            <Space>
              <Button icon={<HistoryOutlined />} onClick={() => setHistoryId(details.id)} data-testid="details-history">
                {t('history')}
              </Button>
              <Button type="primary" icon={<FormOutlined />} onClick={() => void openAt(details.id).then(() => setDetails(undefined))} data-testid="details-wizard">
                {t('openInWizard')}
              </Button>
            </Space>
          ) : null
        }
      />
    </div>
  );
}
