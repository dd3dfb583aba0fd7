import type * as z from 'zod/mini';
import { catalogueSchema, type Catalogue } from './catalogue-schema.js';

export type CatalogueResult =
  | { ok: true; catalogue: Catalogue }
  | { ok: false; problems: string[] };

const MAX_PROBLEMS = 10;

/**
 * Validates a catalogue and, when it is wrong, says where in words a person can act on:
 * `System "NetSuite" (systems[4]), authentication type "tba", field "accountId": pattern is not a
 * valid regular expression`. Never throws, whatever the input.
 */
export function parseCatalogue(input: unknown): CatalogueResult {
  let result;
  try {
    result = catalogueSchema.safeParse(input);
  } catch (error) {
    return { ok: false, problems: [`The catalogue could not be read: ${String(error)}`] };
  }
  if (result.success) return { ok: true, catalogue: result.data };
  const problems = result.error.issues.slice(0, MAX_PROBLEMS).map((issue) => describeIssue(input, issue));
  const more = result.error.issues.length - MAX_PROBLEMS;
  if (more > 0) problems.push(`…and ${more} more problem${more === 1 ? '' : 's'}.`);
  return { ok: false, problems };
}

function label(item: unknown, key: 'id' | 'key', index: number, collection: string): string {
  const id = isRecord(item) && typeof item[key] === 'string' ? item[key] : undefined;
  const name = isRecord(item) && typeof item.name === 'string' ? item.name : isRecord(item) && typeof item.label === 'string' ? item.label : undefined;
  const shown = name ?? id;
  return shown ? `"${clip(shown)}" (${collection}[${index}])` : `${collection}[${index}]`;
}

function describeIssue(input: unknown, issue: z.core.$ZodIssue): string {
  const path = issue.path;
  const where: string[] = [];
  let node: unknown = input;
  let i = 0;
  const step = (key: PropertyKey) => {
    node = isRecord(node) || Array.isArray(node) ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  };
  while (i < path.length) {
    const key = path[i];
    const next = path[i + 1];
    if ((key === 'systems' || key === 'authTypes' || key === 'fields' || key === 'options') && typeof next === 'number') {
      step(key);
      step(next);
      if (key === 'systems') where.push(`System ${label(node, 'id', next, 'systems')}`);
      if (key === 'authTypes') where.push(`authentication type ${label(node, 'id', next, 'authTypes')}`);
      if (key === 'fields') where.push(`field ${label(node, 'key', next, 'fields')}`);
      if (key === 'options') where.push(`option ${next + 1}`);
      i += 2;
      continue;
    }
    where.push(`"${String(key)}"`);
    step(key);
    i += 1;
  }
  const place = where.length ? where.join(', ') : 'The catalogue';
  const message = issue.code === 'invalid_type' && node === undefined ? 'is missing' : issue.message;
  return `${capitalise(place)}: ${message}.`;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
