import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Builds the integrator examples (plain Vite, React 19, Vue 3) against the built package. */
export default defineConfig({
  root: here('.'),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: here('../../dist/examples'),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: {
        'vite-app': here('./vite-app/index.html'),
        react: here('./react/index.html'),
        vue: here('./vue/index.html'),
      },
    },
  },
});
