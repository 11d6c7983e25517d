import { defineConfig } from 'vite';

/** Builds the react-admin app into admin/dist, which the express server serves at `/`. */
export default defineConfig({
  root: import.meta.dirname,
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // react-admin and MUI make one ~1 MB bundle (300 kB gzipped); an internal tool can load it in one go.
    chunkSizeWarningLimit: 2048,
    rolldownOptions: {
      // MUI marks its modules "use client" for React Server Components, which mean nothing in a browser-only bundle.
      checks: { moduleLevelDirective: false },
    },
  },
});
