import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'lightningcss';
import MagicString from 'magic-string';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defineConfig, type Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
/** Where the reference API keeps its database and key (demo/api/config.mjs): `.data/` unless CONNECTOR_API_DATA_DIR says otherwise. */
const dataDir = resolve(process.env.CONNECTOR_API_DATA_DIR || here('./.data'));

/**
 * The reference API (demo/api, a Hono app) mounted in the dev server, so `npm start` serves page
 * and API from one origin and one process: no CORS, no proxy, one command. Its data folder
 * (`.data/`, or CONNECTOR_API_DATA_DIR) is opened on the first API request and closed with the server.
 */
function connectorApi(): Plugin {
  return {
    name: 'connector-api',
    apply: 'serve',
    async configureServer(server) {
      // @ts-expect-error: plain ESM modules without types.
      const [{ demoApiOptions }, { createConnectorApi }] = await Promise.all([import('./demo/api/config.mjs'), import('./demo/api/connector-api.mjs')]);
      // Throws, so the server does not start, when CONNECTOR_API_KEY is set but malformed.
      const api = createConnectorApi(demoApiOptions(process.env));
      server.middlewares.use((req, res, next) => {
        api.handle(req, res).then(
          (handled: boolean) => (handled ? undefined : next()),
          // Never Vite's error page (a stack trace with paths) for an API request.
          () => {
            if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/problem+json' });
            res.end(JSON.stringify({ type: '/problems/internal-error', title: 'Internal server error', status: 500 }));
          },
        );
      });
      server.httpServer?.once('close', () => void api.close());
    },
  };
}

/**
 * Minifies the CSS of lit's css`…` templates in our sources with lightningcss (Vite's own CSS
 * minifier): the JS minifier leaves template text alone, comments and indentation included.
 * `${name}` interpolations stand in as custom properties while the CSS is minified; a template
 * that is neither a stylesheet nor a declaration list is left as it is.
 */
function minifyLitCss(): Plugin {
  const template = /\bcss`((?:[^`\\$]|\\.|\$(?!\{)|\$\{[A-Za-z_$][\w$]*\})*)`/gu;
  const minify = (text: string, wrap: boolean) => transform({ filename: 'lit.css', code: Buffer.from(wrap ? `:host{${text}}` : text), minify: true }).code.toString();
  /** The template's text minified, its `${name}` slots kept; undefined to leave it as it is. */
  const minifyTemplate = (body: string): string | undefined => {
    const slots: string[] = [];
    const text = body.replace(/\$\{([A-Za-z_$][\w$]*)\}/gu, (_, name: string) => `--cw-slot-${slots.push(name) - 1}:0;`);
    let out: string;
    try {
      out = minify(text, false);
    } catch {
      try {
        // A declaration list (interpolated into a rule elsewhere) keeps its last semicolon.
        out = `${minify(text, true)
          .replace(/^:host\{/u, '')
          .replace(/\}$/u, '')};`;
      } catch {
        return undefined;
      }
    }
    out = out.replace(/--cw-slot-(\d+):0;?/gu, (_, i: string) => `\${${slots[Number(i)]}}`);
    return slots.every((name) => out.includes(`\${${name}}`)) ? out : undefined;
  };
  return {
    name: 'minify-lit-css',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/u.test(id) || !code.includes('css`')) return undefined;
      // Edited in place, so `vite build --sourcemap` still maps every byte to its source.
      const edited = new MagicString(code);
      for (const match of code.matchAll(template)) {
        const out = minifyTemplate(match[1] ?? '');
        if (out !== undefined) edited.overwrite(match.index, match.index + match[0].length, `css\`${out}\``);
      }
      return edited.hasChanged() ? { code: edited.toString(), map: edited.generateMap({ hires: true, source: id }) } : undefined;
    },
  };
}

/**
 * Compresses each chunk with terser before Rolldown's own minifier (Oxc) mangles and compresses
 * it again: terser inlines functions called from one place (many in zod) and folds a few more
 * patterns that Oxc leaves. Compression only, with terser's safe defaults (no `unsafe*` option);
 * Oxc still does the mangling.
 */
function terserCompress(): Plugin {
  return {
    name: 'terser-compress',
    apply: 'build',
    async renderChunk(code) {
      const { minify } = await import('terser');
      const result = await minify(code, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: false, format: { comments: false }, sourceMap: { asObject: true } });
      return { code: result.code ?? code, map: result.map as { mappings: string } };
    },
  };
}

/**
 * Collapses the white space of lit's html`…` and svg`…` templates in our sources, which the JS
 * minifier leaves alone, with lit's own plugin. Conservatively: a run of white space becomes one
 * space, never none, so what renders stays the same. Their CSS is minifyLitCss's job (it also
 * reads declaration lists); templates whose tag names are slots (lit/static-html) are left as written.
 */
function minifyLitHtml(): Plugin {
  return {
    ...minifyHtmlLiterals({
      include: [here('./src/**/*.ts')],
      failOnError: true,
      options: {
        // A slot where a tag name goes (`<${h}>`, lit/static-html) is not HTML the minifier can parse.
        shouldMinify: (template) =>
          (template.tag === 'html' || template.tag === 'svg') && !template.parts.some((part, i) => i < template.parts.length - 1 && /<\/?$/u.test(part.text)),
        shouldMinifyCSS: () => false,
        // The defaults that would change what a template says (empty attributes dropped, entities decoded, inline JS and CSS minified) are off;
        // comments go. Inside <svg> line breaks go altogether (there is no <svg> in src/ today).
        minifyOptions: { conservativeCollapse: true, removeEmptyAttributes: false, decodeEntities: false, minifyJS: false, minifyCSS: false },
      },
    }),
    apply: 'build',
  };
}

/**
 * `npm start` serves demo/ on 127.0.0.1; `npm run build:standalone` writes
 * dist/connector-wizard.js, an ES module with every dependency inside that registers the tags,
 * and the chunks it loads on demand beside it (README, "Loading").
 */
export default defineConfig({
  root: here('./demo'),
  plugins: [connectorApi(), minifyLitCss(), minifyLitHtml(), terserCompress()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: false,
    open: false,
    fs: {
      allow: [here('.')],
      // Vite's defaults (vite 8), plus the reference API's data folder: the database files and the
      // key file are never served, whatever the path (`/@fs/...`, `?raw`, `?url`, ...).
      deny: ['.env', '.env.*', '*.{crt,pem,key,p12,pfx,cer,der}', '.npmrc', '.yarnrc.yml', '**/.git/**', '**/.data', '**/.data/**', `${dataDir}/**`, dataDir],
    },
  },
  preview: { host: '127.0.0.1' },
  build: {
    outDir: here('./dist'),
    emptyOutDir: false,
    // demo/public (the sample logos) is the dev server's; the package exports it from there, not twice under dist/.
    copyPublicDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    // Vite keeps whitespace and /*#__PURE__*/ notes in library ES builds, for bundlers that
    // re-bundle them. This file is the finished product a page loads as is: minify it fully.
    rolldownOptions: {
      // Modules the entry shares with its lazy chunks stay in the entry: one request up front.
      preserveEntrySignatures: 'allow-extension',
      output: {
        minify: true,
        comments: { annotation: false, jsdoc: false, legal: false },
        // Names without a hash, so a page can <link rel="modulepreload"> them (README, "Loading");
        // version the folder the files are served from instead.
        chunkFileNames: 'connector-wizard-[name].js',
      },
    },
    lib: {
      entry: here('./src/standalone.ts'),
      formats: ['es'],
      fileName: () => 'connector-wizard.js',
    },
  },
});
