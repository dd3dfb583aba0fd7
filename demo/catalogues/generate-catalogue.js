// A large catalogue like a real registry written by many hands: mostly good systems and, spread
// through them, broken ones in the ways real entries break. Used by tests and by `npm run bench`.

/**
 * What each broken kind does to a good system, and what the widget is expected to do about it:
 * leave the system out, mend it (shorten a text, ignore an optional part, leave out a field),
 * each said once, or keep it as it is, unsaid (`kept`).
 */
export const BREAKAGES = [
  {
    kind: 'unknown field type',
    outcome: 'system-left-out',
    apply: (s) => {
      s.authTypes[0].fields[0].type = 'password';
    },
  },
  {
    kind: 'missing label',
    outcome: 'system-left-out',
    apply: (s) => {
      delete s.authTypes[0].fields[0].label;
    },
  },
  {
    kind: 'unknown kind',
    outcome: 'system-left-out',
    apply: (s) => {
      s.authTypes[0].kind = 'magic-link';
    },
  },
  {
    kind: 'duplicate id',
    outcome: 'system-left-out',
    apply: (s, i) => {
      s.id = `system-${i - 1}`;
    },
  },
  {
    kind: 'no authentication types',
    outcome: 'system-left-out',
    apply: (s) => {
      s.authTypes = [];
    },
  },
  {
    kind: '5,000-character help',
    outcome: 'shortened',
    apply: (s) => {
      s.authTypes[0].fields[0].help = 'Long help. '.repeat(455).slice(0, 5000);
    },
  },
  {
    kind: '604-character example',
    outcome: 'shortened',
    apply: (s) => {
      s.authTypes[0].fields[1].example = 'x'.repeat(604);
    },
  },
  {
    kind: 'invalid pattern',
    outcome: 'ignored',
    apply: (s) => {
      s.authTypes[0].fields[0].pattern = '^[a-z';
    },
  },
  {
    kind: 'pattern with a lookahead',
    outcome: 'ignored',
    apply: (s) => {
      s.authTypes[0].fields[0].pattern = '^(?=.*[0-9])[a-z0-9]+$';
    },
  },
  {
    kind: 'catastrophic pattern ^(a+)+$',
    outcome: 'kept',
    apply: (s) => {
      s.authTypes[0].fields[0].pattern = '^(a+)+$';
    },
  },
  {
    kind: 'catastrophic pattern ^(a|aa)+$',
    outcome: 'kept',
    apply: (s) => {
      s.authTypes[0].fields[0].pattern = '^(a|aa)+$';
    },
  },
  {
    kind: 'bad id',
    outcome: 'system-left-out',
    apply: (s) => {
      s.id = 'Bad Id!';
    },
  },
  {
    kind: 'missing name',
    outcome: 'system-left-out',
    apply: (s) => {
      delete s.name;
    },
  },
  {
    kind: 'token auth type with no fields',
    outcome: 'system-left-out',
    apply: (s) => {
      s.authTypes[0].fields = [];
    },
  },
  {
    kind: 'two fields of one key',
    outcome: 'field-left-out',
    apply: (s) => {
      s.authTypes[0].fields.push({ key: 'account', label: 'Again', type: 'text' });
    },
  },
  {
    kind: 'id differing from the one before only by case',
    outcome: 'kept',
    apply: (s, i) => {
      s.id = `SYSTEM-${i - 1}`;
    },
  },
  {
    kind: 'hostile name',
    outcome: 'kept',
    apply: (s, i) => {
      s.name = `<img src=x onerror=alert(${i})>`;
    },
  },
  // Drawn backwards by a right-to-left (U+202E) or left-to-right (U+202D) override that is never closed.
  {
    kind: 'name drawn backwards',
    outcome: 'kept',
    apply: (s, i) => {
      s.name = `\u202E${i} yfipohS`;
    },
  },
  {
    kind: 'label drawn backwards',
    outcome: 'kept',
    apply: (s) => {
      s.authTypes[0].fields[0].label = 'Acc\u202Dount';
    },
  },
  {
    kind: 'category drawn backwards',
    outcome: 'kept',
    apply: (s) => {
      s.category = '\u202Eregdel';
    },
  },
];

const WORDS = ['Commerce', 'Ledger', 'Warehouse', 'Parcel', 'Payroll', 'Helpdesk', 'Billing', 'Inventory'];

/** A good system, in the catalogue format: a token auth type with a text and a secret field. */
export function goodSystem(i) {
  return {
    id: `system-${i}`,
    name: `System ${i} ${WORDS[i % WORDS.length]}`,
    category: WORDS[(i >> 3) % WORDS.length],
    docsUrl: `https://docs.example.com/system-${i}`,
    authTypes: [
      {
        id: 'api-token',
        label: 'API token',
        kind: 'token',
        description: 'A token from the admin settings.',
        fields: [
          { key: 'account', label: 'Account', type: 'text', pattern: '^[a-z0-9][a-z0-9-]*$', help: 'Your account name.' },
          { key: 'token', label: 'API token', type: 'secret', example: 'tok_0123456789abcdef' },
        ],
      },
    ],
  };
}

/**
 * `count` systems, `broken` of them broken (cycling through BREAKAGES, spread evenly). Returns the
 * catalogue and, for each broken system, its index, kind and expected outcome.
 */
export function generateCatalogue(count, broken) {
  const systems = Array.from({ length: count }, (_, i) => goodSystem(i));
  const damaged = [];
  const every = Math.floor(count / Math.max(broken, 1));
  for (let b = 0; b < broken; b++) {
    const index = b * every + Math.floor(every / 2);
    const breakage = BREAKAGES[b % BREAKAGES.length];
    breakage.apply(systems[index], index);
    damaged.push({ index, kind: breakage.kind, outcome: breakage.outcome });
  }
  return { catalogue: { version: 1, systems }, damaged };
}
