import { resolve } from 'node:path';
import { defineConfig, type HtmlTagDescriptor, type Plugin } from 'vite';

// The bundle is served by BorderMap.App (ASP.NET Core) from its wwwroot, with the API on the same
// origin. `npm run dev` serves the UI on :5174 and proxies /api to a running `bordermap serve`.
const apiTarget = process.env.BORDERMAP_API ?? 'http://127.0.0.1:5173';

/**
 * Names the workbench chunk (app/start.ts: OpenLayers, the map and the panels), the chunks it imports and its styles in the
 * page's head, so the browser fetches and parses them beside the entry script and the first answers
 * instead of after the entry script has run and asked for them: the chunk is on every first render's
 * critical path, and its fetch and background parse then overlap the entry script's.
 */
function preloadWorkbench(): Plugin {
  return {
    name: 'preload-workbench',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }): HtmlTagDescriptor[] {
        const workbench = Object.values(bundle ?? {}).find((output) => output.type === 'chunk' && output.isDynamicEntry && output.facadeModuleId?.endsWith('/src/app/start.ts'));
        if (workbench?.type !== 'chunk') return [];
        const link = (attrs: Record<string, string>): HtmlTagDescriptor => ({ tag: 'link', attrs: { crossorigin: true, ...attrs }, injectTo: 'head' });
        const styles = [...(workbench.viteMetadata?.importedCss ?? [])].map((css) => link({ rel: 'preload', as: 'style', href: `./${css}` }));
        // The chunks it shares with the parts loaded on first use (the map's styles, formatting) are its static imports: named too.
        const shared = workbench.imports.filter((file) => bundle?.[file]?.type === 'chunk' && !(bundle[file] as { isEntry: boolean }).isEntry);
        return [workbench.fileName, ...shared].map((file) => link({ rel: 'modulepreload', href: `./${file}` })).concat(styles);
      },
    },
  };
}

export default defineConfig({
  plugins: [preloadWorkbench()],
  root: import.meta.dirname,
  base: './',
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
