// `cem analyze` (npm run build:manifest) reads this file. The analyzer also lists members that
// are private to the class (`#store`, TypeScript `private draft`), and guesses events from
// `dispatchEvent(new SomeEvent(arg))` calls (naming one after the argument, `kind`); the
// manifest documents the public API only, so both are taken out here (the `@fires` tags name
// the real events).
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
  ],
};
