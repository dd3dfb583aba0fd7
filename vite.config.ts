import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * `npm start` serves demo/ on 127.0.0.1; `npm run build:standalone` writes
 * dist/connector-wizard.js: one ES module with every dependency inside that registers the tags.
 */
export default defineConfig({
  root: here('./demo'),
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: false,
    open: false,
    fs: { allow: [here('.')] },
  },
  preview: { host: '127.0.0.1' },
  build: {
    outDir: here('./dist'),
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    lib: {
      entry: here('./src/define.ts'),
      formats: ['es'],
      fileName: () => 'connector-wizard.js',
    },
  },
});
