import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The bundle is served by BorderMap.App (ASP.NET Core) from its wwwroot, with the API on the same
// origin. `npm run dev` serves the UI on :5174 and proxies /api to a running `bordermap serve`.
const apiTarget = process.env.BORDERMAP_API ?? 'http://127.0.0.1:5173';

export default defineConfig({
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
