// `cem analyze` (npm run build:manifest) reads this file. The analyzer also lists members that
// are private to the class (`#store`, TypeScript `private draft`), and guesses events from
// `dispatchEvent(new SomeEvent(arg))` calls (naming one after the argument, `kind`); the
// manifest documents the public API only, so both are taken out here (the `@fires` tags name
// the real events, with their classes as types).
//
// It also makes the manifest describe the package as shipped: module paths name the JS files
// in dist/ (the analyzer writes the sources' paths, `src/….ts`, sometimes relative or with a
// leading slash), and the tags are defined where the package registers them: the wizard and the
// System step by `define.js`, the later steps by the later module. The analyzer's own guess
// (a `tag` → `ctor` definition in registry.ts, the helper both call) is dropped.
import { posix } from 'node:path';

/** `src/x/y.ts`, `/src/x/y.js` or `./y.js` (relative to `from`) as the shipped `dist/x/y.js`; other modules as they are. */
function shipped(module, from) {
  if (typeof module !== 'string') return module;
  const path = module.startsWith('.') ? posix.join(posix.dirname(from), module) : module.replace(/^\//u, '');
  const source = /^src\/(.*)\.(ts|js)$/u.exec(path);
  return source ? `dist/${source[1]}.js` : module;
}

/** Every `module` reference in a manifest node, rewritten with `shipped`. */
function rewriteModules(node, from) {
  if (Array.isArray(node)) for (const item of node) rewriteModules(item, from);
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) {
      if (key === 'module') node[key] = shipped(value, from);
      else rewriteModules(value, from);
    }
}

const REGISTERED_BY = { 'connector-wizard': 'src/define.ts', 'connector-wizard-system-step': 'src/define.ts' };
const LATER = 'src/wizard/later.ts';

export default {
  plugins: [
    {
      name: 'public-members-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? [])
          for (const declaration of mod.declarations ?? []) {
            if (declaration.members) declaration.members = declaration.members.filter((member) => member.privacy !== 'private' && !member.name.startsWith('#'));
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.includes('-'));
          }
      },
    },
    {
      name: 'as-shipped',
      packageLinkPhase({ customElementsManifest }) {
        const modules = customElementsManifest.modules ?? [];
        const byPath = new Map(modules.map((mod) => [mod.path, mod]));
        for (const mod of modules) mod.exports = (mod.exports ?? []).filter((e) => e.kind !== 'custom-element-definition');
        for (const mod of modules)
          for (const declaration of mod.declarations ?? []) {
            if (!declaration.customElement || !declaration.tagName) continue;
            const registrar = byPath.get(REGISTERED_BY[declaration.tagName] ?? LATER);
            registrar?.exports.push({ kind: 'custom-element-definition', name: declaration.tagName, declaration: { name: declaration.name, module: mod.path } });
          }
        for (const mod of modules) {
          rewriteModules(mod.declarations, mod.path);
          rewriteModules(mod.exports, mod.path);
          mod.path = shipped(mod.path, mod.path);
        }
      },
    },
  ],
};
