import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';

/**
 * The renderer's build, in pieces that electron.vite.config.ts reuses for its `renderer` section,
 * so the app and the end-to-end harness (which serves out/renderer) run the same bundle.
 */
export const rendererRoot = fileURLToPath(new URL('.', import.meta.url));
// CW_RENDERER_OUT: several checkouts building and testing side by side on one machine each use their own folder.
export const rendererOutDir = process.env.CW_RENDERER_OUT ?? fileURLToPath(new URL('../out/renderer', import.meta.url));
export const rendererAlias = { '@shared': fileURLToPath(new URL('../shared', import.meta.url)) };
export const rendererInput = fileURLToPath(new URL('./index.html', import.meta.url));
export const rendererPlugins = () => [react()];

export const rendererConfig: UserConfig = {
  root: rendererRoot,
  // Relative asset paths: the shell loads the page from its own protocol, the harness from loopback.
  base: './',
  plugins: rendererPlugins(),
  resolve: { alias: rendererAlias },
  build: {
    outDir: rendererOutDir,
    emptyOutDir: true,
    rollupOptions: { input: rendererInput },
    chunkSizeWarningLimit: 4000,
  },
};

export default defineConfig(rendererConfig);
