// `cem analyze` (npm run build:manifest) reads this file. The analyzer also lists members that
// are private to the class (`#store`, TypeScript `private draft`); the manifest documents the
// public API only, so they are taken out here.
export default {
  plugins: [
    {
      name: 'public-members-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? [])
          for (const declaration of mod.declarations ?? [])
            if (declaration.members) declaration.members = declaration.members.filter((member) => member.privacy !== 'private' && !member.name.startsWith('#'));
      },
    },
  ],
};
