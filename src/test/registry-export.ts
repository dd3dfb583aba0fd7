/**
 * A catalogue as a registry's export script writes one from vendor lists: `count` systems (5,000 to
 * 10,000), about one in a hundred broken in the ways such exports break, each kind once in every
 * round of them. What comes of each is what the same object set as `catalogue` gives (the oracle of
 * the tests that serve it), so this lists the kinds, not their outcomes.
 */
import { goodSystem } from '../../demo/catalogues/generate-catalogue.js';

type Written = Record<string, any>;

/** A field of the generated kind, keyed `key`. */
const field = (key: string): Written => ({ key, label: `Field ${key}`, type: 'text', required: false });

export const EXPORT_BREAKAGES: { kind: string; apply: (s: Written, i: number, systems: Written[]) => void }[] = [
  { kind: 'id differing from the one before only by case', apply: (s, i, all) => void (s.id = String(all[i - 1]!.id).toUpperCase()) },
  { kind: 'id with a trailing space', apply: (s) => void (s.id = `${s.id} `) },
  { kind: 'Shopify with a Cyrillic o beside the real one', apply: (s, i, all) => void ((all[i - 1]!.name = 'Shopify'), (s.name = 'Sh\u043epify')) },
  { kind: 'name with combining marks', apply: (s) => void (s.name = `Cafe\u0301 Ma\u0308rkte ${s.id}`) },
  { kind: 'name with emoji', apply: (s) => void (s.name = `\u{1F6D2} Shop \u{1F469}\u200D\u{1F469}\u200D\u{1F467} ${s.id}`) },
  { kind: 'name in Arabic', apply: (s) => void (s.name = `\u0634\u0648\u0628\u064a\u0641\u0627\u064a ${s.id}`) },
  { kind: '10 kB name', apply: (s) => void (s.name = `${s.name} ${'n'.repeat(10_000)}`) },
  { kind: 'system keyed __proto__', apply: (s) => void (s.id = '__proto__') },
  { kind: 'system keyed constructor', apply: (s) => void (s.id = 'constructor') },
  { kind: 'field keyed __proto__', apply: (s) => void s.authTypes[0].fields.push(field('__proto__')) },
  { kind: 'token auth type with no fields', apply: (s) => void (s.authTypes[0].fields = []) },
  { kind: 'auth type with 500 fields', apply: (s) => void s.authTypes[0].fields.push(...Array.from({ length: 498 }, (_, k) => field(`extra${k}`))) },
  { kind: 'pattern that is no regular expression', apply: (s) => void (s.authTypes[0].fields[0].pattern = '^([a-z') },
  { kind: 'catastrophic pattern (a+)+$', apply: (s) => void (s.authTypes[0].fields[0].pattern = '(a+)+$') },
  { kind: 'name that is a number', apply: (s) => void (s.name = 4021) },
  { kind: 'label that is a number', apply: (s) => void (s.authTypes[0].label = 7) },
  { kind: 'id that is a number', apply: (s, i) => void (s.id = i) },
  { kind: 'logo javascript:', apply: (s) => void (s.logo = 'javascript:alert(1)') },
  { kind: 'two auth types of one id', apply: (s) => void s.authTypes.push({ ...s.authTypes[0], label: 'Second token' }) },
  { kind: 'system listed twice with other content', apply: (s, i, all) => void Object.assign(s, { id: all[i - 1]!.id, name: 'Other content' }) },
];

/** `count` systems, one in `every` broken (cycling through EXPORT_BREAKAGES); `broken` holds their indexes. */
export function registryExport(count: number, every = 100): { catalogue: { version: 1; systems: Written[] }; broken: { index: number; kind: string }[] } {
  const systems: Written[] = Array.from({ length: count }, (_, i) => goodSystem(i));
  const broken: { index: number; kind: string }[] = [];
  for (let b = 0, index = every / 2; index < count; b++, index += every) {
    const breakage = EXPORT_BREAKAGES[b % EXPORT_BREAKAGES.length]!;
    breakage.apply(systems[index]!, index, systems);
    broken.push({ index, kind: breakage.kind });
  }
  return { catalogue: { version: 1, systems }, broken };
}

/** Stores the catalogue's text in the test server, served as `query` asks (web-test-runner.config.mjs, servedCatalogue): its URL. */
export async function served(text: string | Uint8Array, query = ''): Promise<string> {
  const answer = await fetch(`/__faults/served-catalogue?${query}`, { method: 'POST', body: text as BodyInit });
  return ((await answer.json()) as { url: string }).url;
}
