// `cem analyze` (npm run build:manifest) reads this file. The wizard's reactive state is declared
// in `static properties` and marked @internal (the later module works on it); the analyzer lists
// such properties anyway, so they are taken out here: the manifest documents the public API.
export default {
  plugins: [
    {
      name: 'hide-internal-state',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? [])
          for (const declaration of mod.declarations ?? [])
            if (declaration.members) declaration.members = declaration.members.filter((member) => !member.name.startsWith('_'));
      },
    },
  ],
};
