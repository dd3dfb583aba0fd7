import { searchText } from '../schemas/search-text.js';

let graphemes: Intl.Segmenter | undefined;

/** Characters an id keeps at each end when cut: registries' reverse-DNS ids differ at their end (`….v1`, `….v2`), so the end stays. */
const END = 28;
/**
 * Where two ids cut still read alike: the characters shown from a few before the first that
 * differs (`[before, in all]`); where more than two places show, fewer at each, so that with
 * PLACES of them the id shown stays at most 150 characters (28 + 28 + 8 × 10 and the ellipses
 * between), and a name with it reads under 200.
 */
const WINDOW = [6, 16] as const;
const NARROW = [3, 10] as const;
/** Places shown where ids cut still read alike: ids alike at both ends branch at one place fewer than there are of them (four ids, up to three places), so enough for nine such ids. */
const PLACES = 8;

/** An id's characters as a person sees them (grapheme clusters), one stacked with marks past any real one kept to its first few and `…`, as `shorten` cuts it. */
const characters = (id: string) =>
  Array.from((graphemes ??= new Intl.Segmenter()).segment(id), ({ segment }) => (segment.length > 24 ? `${Array.from(segment).slice(0, 12).join('')}…` : segment));

/** The id whole when it is at most 60 characters (code points); else its first and last characters, and those from each place, joined by `…` over what is left out. */
function shown(id: string, charsOf: () => string[], places: readonly number[]): string {
  if ([...id].length <= 60) return id;
  const chars = charsOf();
  const n = chars.length;
  const [before, width] = places.length > 2 ? NARROW : WINDOW;
  const kept = [[0, END], [n - END, n], ...places.map((p) => [Math.max(0, p - before), Math.min(n, p - before + width)])].sort((a, b) => a[0]! - b[0]!);
  let text = '';
  let at = 0;
  for (const [from, to] of kept as [number, number][]) {
    if (from > at) text += '…';
    if (to > at) text += chars.slice(Math.max(from, at), to).join('');
    at = Math.max(at, to);
  }
  return at < n ? `${text}…` : text;
}

/** Where the first of two ids' characters differ. */
const firstDifference = (a: string[], b: string[]) => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};

/** Cyrillic, Greek and Armenian letters, and the Latin alpha (in lower case), drawn as Latin ones in one case or the other (the common ones of Unicode's confusables), and those Latin letters: a "Ѕhopify" with a Cyrillic Ѕ beside the real one. */
const LOOK = 'авекмнорстухіјѕһԁӏԛԝүαβεζηικμνορτυχօսɑ';
const LATIN = 'abekmhopctyxijshdlqwyabezhikmnoptyxoua';
const LOOKS = new RegExp(`[${LOOK}]`, 'gu');
/**
 * A name as a search reads it, look-alike letters as the Latin ones they are drawn as: names that
 * read alike to a person, not only to a search. The lunate sigma (ϲ, Ϲ), drawn as c, is read first:
 * the search reads it as any sigma (σ), which is drawn as no Latin letter.
 */
export const readAs = (name: string) => searchText(name.replace(/[ϲϹ]/gu, 'c')).replace(LOOKS, (c) => LATIN[LOOK.indexOf(c)]!);

/** Items' indexes grouped by a key, groups of one left out. */
export function alike<T>(items: readonly T[], key: (item: T, index: number) => string): number[][] {
  const groups = new Map<string, number[]>();
  items.forEach((item, i) => {
    const k = key(item, i);
    const group = groups.get(k);
    if (group) group.push(i);
    else groups.set(k, [i]);
  });
  return [...groups.values()].filter((group) => group.length > 1);
}

/**
 * The one rule for things named alike (two systems, two groups, two ways to sign in, as a search
 * reads their names): each says its id, so no two read alike. An id over 60 characters shows its
 * first and last 28 around an ellipsis; where those still read alike (ids that differ only in
 * their middle), the place where they differ shows too, so the length stays bounded (a
 * 5,000-character id never fills a step). For each item, the id to show beside its name (not yet
 * isolated: the caller sets it apart from the words around it), or `undefined` for a name of its own. `read`: the names as readAs reads them, where the caller has them already.
 */
export function idsToTellApart<T>(
  items: readonly T[],
  name: (item: T) => string,
  id: (item: T) => string,
  read = items.map((item) => readAs(name(item))),
): (string | undefined)[] {
  const said: (string | undefined)[] = items.map(() => undefined);
  for (const named of alike(read, (r) => r)) {
    const ids = named.map((i) => id(items[i]!));
    // Split into characters only where cut (over 60): a catalogue of 10,000 systems of one name, short ids all, splits none.
    const chars: string[][] = [];
    const charsOf = (k: number) => (chars[k] ??= characters(ids[k]!));
    const cut = ids.map((text, k) => shown(text, () => charsOf(k), []));
    named.forEach((i, k) => (said[i] = cut[k]));
    for (const cutAlike of alike(cut, (text) => text)) {
      // The places where these ids branch: next to each other once sorted, two ids first differ at one of them.
      const sorted = cutAlike.map(charsOf).sort((a, b) => (a.join('') < b.join('') ? -1 : 1));
      const places = [...new Set(sorted.slice(1).map((c, k) => firstDifference(sorted[k]!, c)))].sort((a, b) => a - b).slice(0, PLACES);
      for (const k of cutAlike) said[named[k]!] = shown(ids[k]!, () => charsOf(k), places);
    }
  }
  return said;
}

/** Why items stillReadAlike finds read alike with their ids beside them, as the integrator (a catalogue's problem) and the host (its groups) hear it. */
export const STILL_ALIKE = 'ids written alike, or long ids alike at both ends: at most nine named alike are told apart';

/** Items named alike whose ids, as idsToTellApart shows them, still read alike (ten or more alike at both ends branch at more than PLACES places): each group's indexes, for the integrator to hear of. */
export function stillReadAlike<T>(items: readonly T[], name: (item: T) => string, id: (item: T) => string): number[][] {
  const read = items.map((item) => readAs(name(item)));
  // Each name read once: a catalogue of 10,000 systems reads 10,000 names. A name of its own is keyed by its place, apart from
  // every name with an id (`#` against `=`): a name a search reads as nothing ("´") beside the id "1" is no place. No read name holds a NUL (searchText drops it).
  // Ids as they are drawn (NFC): option values "café" and "cafe\u0301" beside one label read alike, though no two strings are equal.
  return alike(idsToTellApart(items, name, id, read), (said, i) => (said === undefined ? `#${i}` : `=${read[i]}\0${said.normalize('NFC')}`));
}

/** An id quoted where it may be one letter off another offered (a chosen system or way to sign in gone: `….v1` while `….v2` stays): cut as above, its end kept. */
export const cutId = (id: string) => shown(id, () => characters(id), []);
