import { useState } from 'react';
import { App, Button, Dropdown, Space } from 'antd';
import { DownloadOutlined, FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LAYOUTS, type LayoutId } from '@shared/exchange/columns';
import type { ImportPreview } from '@shared/ipc/channels/exchange';
import { call } from '../../api/client';
import { OpenFileButton } from '../../app/OpenFileButton';
import { ImportPreviewModal } from './ImportPreviewModal';

/** The file name part of a path, whichever separator the platform uses. */
const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/**
 * Excel round-trip: import (dry run first, then apply in one transaction), export in the 1272 or
 * the modern layout, and blank templates. Files are chosen with the shell's native dialogs.
 */
export function ExchangeMenu() {
  const { t } = useTranslation('exchange');
  const { message } = App.useApp();
  const [preview, setPreview] = useState<{ path: string; data: ImportPreview }>();

  const choose = useMutation({
    mutationFn: async () => {
      const { path } = await call('dialog.openFile', { filters: ['xlsx'] });
      if (!path) return undefined;
      return { path, data: await call('exchange.importPreview', { path }) };
    },
    onSuccess: (r) => r && setPreview(r),
    onError: (err) => void message.error(err.message),
  });

  const apply = useMutation({
    mutationFn: (p: { path: string; data: ImportPreview }) => call('exchange.importApply', { path: p.path, expectSha256: p.data.sha256 }),
    onSuccess: (r) => {
      setPreview(undefined);
      void message.success(t('applied', { added: r.added, changed: r.changed, unchanged: r.unchanged }));
    },
    onError: (err) => void message.error(err.message),
  });

  const save = useMutation({
    mutationFn: async ({ layout, template }: { layout: LayoutId; template: boolean }) => {
      const defaultName = t(template ? 'templateName' : 'exportName', { layout: t(`layout.${layout}`) });
      const { path } = await call('dialog.saveFile', { filters: ['xlsx'], defaultName: `${defaultName}.xlsx` });
      if (!path) return undefined;
      if (template) {
        await call('exchange.template', { layout, path });
        return { path, template };
      }
      const r = await call('exchange.export', { layout, path });
      return { path, template, resources: r.resources, items: r.items };
    },
    onSuccess: (r) => {
      if (!r) return;
      void message.success(
        r.template ? t('templateSaved', { file: baseName(r.path) }) : t('exported', { file: baseName(r.path), resources: r.resources, items: r.items }),
      );
    },
    onError: (err) => void message.error(err.message),
  });

  const layoutItems = (template: boolean) =>
    LAYOUTS.map((layout) => ({
      key: layout,
      label: <span data-testid={`${template ? 'template' : 'export'}-${layout}`}>{t(`layout.${layout}`)}</span>,
      onClick: () => save.mutate({ layout, template }),
    }));

  return (
    <Space.Compact className="exchange-menu">
      <Button icon={<UploadOutlined />} onClick={() => choose.mutate()} loading={choose.isPending} title={t('import')} data-testid="import-excel">
        {t('import')}
      </Button>
      <Dropdown menu={{ items: layoutItems(false) }} trigger={['click']}>
        <Button icon={<DownloadOutlined />} loading={save.isPending && !save.variables?.template} title={t('export')} data-testid="export-excel">
          {t('export')}
        </Button>
      </Dropdown>
      <Dropdown menu={{ items: layoutItems(true) }} trigger={['click']}>
        <Button icon={<FileExcelOutlined />} title={t('templates')} data-testid="template-excel">
          {t('templates')}
        </Button>
      </Dropdown>
      {save.data ? <OpenFileButton path={save.data.path} size="middle" label={t('openSaved', { file: baseName(save.data.path) })} testId="export-open" /> : null}
      <ImportPreviewModal
        preview={preview?.data}
        file={preview ? baseName(preview.path) : ''}
        applying={apply.isPending}
        onApply={() => preview && apply.mutate(preview)}
        onCancel={() => setPreview(undefined)}
      />
    </Space.Compact>
  );
}
