/**
 * More ways a real registry's entries break, beside BREAKAGES (demo/catalogues/generate-catalogue.js):
 * each with what should come of it and the words the problem must say. `outcome` is a function of
 * whether the kind is met for the first time, for the kinds that give every system one id (a later
 * one is a duplicate).
 */
import { generateCatalogue } from '../../demo/catalogues/generate-catalogue.js';

type Written = Record<string, any>;
export type Outcome = 'system-left-out' | 'auth-type-left-out' | 'field-left-out' | 'shortened' | 'converted' | 'ignored' | 'kept';

export interface RegistryBreakage {
  kind: string;
  outcome: Outcome | ((first: boolean) => Outcome);
  /** What the problem says (when one is said). */
  says?: RegExp;
  /** A new entry in place of the system, or changes to it. */
  apply: (s: Written, i: number) => Written | void;
}

/** Nested `depth` deep: `{"a": {"a": …}}` or `[[…]]`. */
export const nested = (depth: number, array = false): unknown => {
  let node: unknown = 'end';
  for (let d = 0; d < depth; d++) node = array ? [node] : { a: node };
  return node;
};

const firstKept = (first: boolean): Outcome => (first ? 'kept' : 'system-left-out');

export const REGISTRY_BREAKAGES: RegistryBreakage[] = [
  { kind: 'entry that is null', outcome: 'system-left-out', says: /must be an object/u, apply: () => null as unknown as Written },
  { kind: 'entry that is text', outcome: 'system-left-out', says: /must be an object/u, apply: (s) => s.id as unknown as Written },
  { kind: 'empty name', outcome: 'system-left-out', says: /"name": must not be empty/u, apply: (s) => void (s.name = '') },
  { kind: 'name of only spaces', outcome: 'system-left-out', says: /"name": must have visible text/u, apply: (s) => void (s.name = ' \u00A0\t ') },
  { kind: 'name of only invisible characters', outcome: 'system-left-out', says: /"name": must have visible text/u, apply: (s) => void (s.name = '\u200B\u2060\u00AD\uFEFF') },
  { kind: 'name that is a number', outcome: 'system-left-out', says: /"name": must be text/u, apply: (s) => void (s.name = 42) },
  { kind: 'id in another Unicode form', outcome: 'system-left-out', says: /"id": must be letters/u, apply: (s, i) => void (s.id = `cafe\u0301-${i}`) },
  { kind: 'id with a space at its end', outcome: 'system-left-out', says: /"id": must be letters/u, apply: (s, i) => void (s.id = `system-${i} `) },
  {
    kind: 'fields that are not a list',
    outcome: 'system-left-out',
    says: /"fields": must be a list of fields/u,
    apply: (s) => void (s.authTypes[0].fields = 'account,token'),
  },
  { kind: 'required written as yes', outcome: 'system-left-out', says: /"required": must be true or false/u, apply: (s) => void (s.authTypes[0].fields[0].required = 'yes') },
  { kind: 'authTypes that is an object', outcome: 'system-left-out', says: /"authTypes": must be a list/u, apply: (s) => void (s.authTypes = { ...s.authTypes[0] }) },
  {
    kind: 'unknown kind beside a good one',
    outcome: 'auth-type-left-out',
    says: /"kind": must be one of/u,
    apply: (s) => void s.authTypes.push({ ...s.authTypes[0], id: 'magic', kind: 'magic-link' }),
  },
  {
    kind: '100,000-character description',
    outcome: 'shortened',
    says: /must be at most 2000 characters/u,
    apply: (s) => void (s.authTypes[0].description = 'd'.repeat(100_000)),
  },
  { kind: '100,000-character name', outcome: 'shortened', says: /must be at most 200 characters/u, apply: (s) => void (s.name = `${s.name} ${'n'.repeat(100_000)}`) },
  { kind: 'description nested 5,000 deep', outcome: 'ignored', says: /"description": must be text/u, apply: (s) => void (s.authTypes[0].description = nested(5000)) },
  { kind: 'unknown member nested 5,000 deep', outcome: 'kept', apply: (s) => void (s.extra = nested(5000, true)) },
  { kind: 'javascript: docs link', outcome: 'ignored', says: /"docsUrl":/u, apply: (s) => void (s.docsUrl = 'javascript:alert(1)') },
  { kind: 'javascript: logo', outcome: 'ignored', says: /"logo":/u, apply: (s) => void (s.logo = 'JavaScript:alert(document.domain)') },
  { kind: 'javascript: help link', outcome: 'ignored', says: /"helpUrl":/u, apply: (s) => void (s.authTypes[0].fields[0].helpUrl = ' javascript:void(0)') },
  { kind: 'catastrophic pattern (\\w+\\s?)*', outcome: 'kept', apply: (s) => void (s.authTypes[0].fields[0].pattern = '^(\\w+\\s?)*$') },
  { kind: 'own __proto__ member', outcome: 'kept', apply: (s) => JSON.parse(JSON.stringify(s).replace('{', '{"__proto__":{"polluted":true,"name":"Hijacked"},')) },
  {
    kind: 'auth type id and field key constructor',
    outcome: 'kept',
    apply: (s) => void ((s.authTypes[0].id = 'constructor'), (s.authTypes[0].fields[0].key = 'constructor')),
  },
  { kind: 'system id __proto__', outcome: firstKept, apply: (s) => void (s.id = '__proto__') },
  { kind: 'system id constructor', outcome: firstKept, apply: (s) => void (s.id = 'constructor') },
  { kind: 'name translated into one language', outcome: 'kept', apply: (s, i) => void (s.l10n = { de: { name: `System ${i} Buchhaltung` } }) },
  { kind: 'label translated, help not', outcome: 'kept', apply: (s) => void (s.authTypes[0].fields[0].l10n = { fr: { label: 'Compte' } }) },
  {
    kind: 'translation of an empty name',
    outcome: 'ignored',
    says: /"l10n", "de": "name" must not be empty/u,
    apply: (s) => void (s.l10n = { de: { name: '' }, fr: { name: 'Système' } }),
  },
  // JSON.parse makes `__proto__` an own member, a key like any other: no language tag, so said as "constructor" is.
  {
    kind: 'translation keyed __proto__',
    outcome: 'ignored',
    says: /"l10n", "__proto__": must be keyed by language tags/u,
    apply: (s) => void (s.l10n = JSON.parse('{"__proto__": {"name": "Hijacked"}, "de": {"name": "Buchhaltung"}}')),
  },
  {
    kind: 'list with a value twice',
    outcome: 'ignored',
    says: /option 2: duplicate option value "eu"/u,
    apply: (s) =>
      void s.authTypes[0].fields.push({
        key: 'region',
        label: 'Region',
        type: 'select',
        options: [
          { value: 'eu', label: 'Europe' },
          { value: 'eu', label: 'EU' },
        ],
      }),
  },
  { kind: 'pattern valid with u, not with v', outcome: 'kept', apply: (s) => void (s.authTypes[0].fields[0].pattern = '^[a-z0-9_-]+$') },
];

export interface Damaged {
  index: number;
  kind: string;
  outcome: Outcome;
  says?: RegExp;
}

/** `count` good systems, `broken` of them (spread evenly) broken in the REGISTRY_BREAKAGES ways, cycling through them. */
export function registryCatalogue(count: number, broken: number): { catalogue: { version: 1; systems: unknown[] }; damaged: Damaged[] } {
  const systems: unknown[] = generateCatalogue(count, 0).catalogue.systems;
  const damaged: Damaged[] = [];
  const met = new Set<string>();
  const every = Math.floor(count / broken);
  for (let b = 0; b < broken; b++) {
    const index = b * every + Math.floor(every / 2);
    const breakage = REGISTRY_BREAKAGES[b % REGISTRY_BREAKAGES.length]!;
    const system = systems[index] as Written;
    const replaced = breakage.apply(system, index);
    if (replaced !== undefined) systems[index] = replaced;
    const outcome = typeof breakage.outcome === 'function' ? breakage.outcome(!met.has(breakage.kind)) : breakage.outcome;
    met.add(breakage.kind);
    damaged.push({ index, kind: breakage.kind, outcome, says: breakage.says });
  }
  return { catalogue: { version: 1, systems }, damaged };
}
