import { resolve } from 'node:path';
import { defineConfig, type HtmlTagDescriptor, type Plugin } from 'vite';

// The bundle is served by BorderMap.App (ASP.NET Core) from its wwwroot, with the API on the same
// origin. `npm run dev` serves the UI on :5174 and proxies /api to a running `bordermap serve`.
const apiTarget = process.env.BORDERMAP_API ?? 'http://127.0.0.1:5173';

/**
 * The workbench chunk (src/app/start.ts: OpenLayers, the map and the panels) is loaded by the entry
 * script's dynamic import, which the browser only meets once the entry script has arrived and run.
 * Named in the page's head, the browser asks for it (and its styles) beside the entry script, and
 * the import finds it loaded.
 */
function preloadWorkbench(): Plugin {
  return {
    name: 'preload-workbench',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const chunk = Object.values(bundle ?? {}).find((file) => file.type === 'chunk' && file.facadeModuleId?.endsWith('/src/app/start.ts'));
        if (chunk?.type !== 'chunk') throw new Error('The workbench chunk (src/app/start.ts) is missing from the bundle.');
        const link = (attrs: Record<string, string | boolean>): HtmlTagDescriptor => ({ tag: 'link', attrs: { crossorigin: true, ...attrs }, injectTo: 'head' });
        // The chunks it shares with the entry script are the entry script's own, asked for already.
        const shared = new Set(Object.values(bundle ?? {}).flatMap((file) => (file.type === 'chunk' && file.isEntry ? [file.fileName, ...file.imports] : [])));
        return [
          ...[...chunk.imports, chunk.fileName].filter((file) => !shared.has(file)).map((file) => link({ rel: 'modulepreload', href: `./${file}` })),
          ...[...(chunk.viteMetadata?.importedCss ?? [])].map((file) => link({ rel: 'preload', as: 'style', href: `./${file}` })),
        ];
      },
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  plugins: [preloadWorkbench()],
  base: './',
  publicDir: resolve(import.meta.dirname, 'public'),
  build: {
    outDir: resolve(import.meta.dirname, '../BorderMap.App/wwwroot'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // OpenLayers is the bulk of the bundle; keep it in its own cacheable chunk.
    chunkSizeWarningLimit: 800,
  },
  server: {
    host: '127.0.0.1',
    port: 5174,
    strictPort: true,
    proxy: { '/api': apiTarget },
  },
});
