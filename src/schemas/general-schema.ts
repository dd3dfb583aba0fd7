import * as z from 'zod/mini';
import type { Messages } from '../messages/messages.js';
import { hasDirectionControls, hasVisibleText } from './normalize.js';
import type { Environment, ExistingConnector, Group, ValidationContext } from './wizard-data.js';

export const NAME_MAX_LENGTH = 100;

/** Zero-width characters and whitespace at either end of a name: paste debris, which shows nowhere. */
const NAME_EDGES = /^[\s\u00ad\u200b-\u200d\u2060\ufeff]+|[\s\u00ad\u200b-\u200d\u2060\ufeff]+$/gu;

/**
 * The name as it is sent, counted and listed: without paste debris at its ends, and composed
 * (NFC: "Société" typed decomposed, as macOS may, is the same name as one typed composed).
 */
export const connectorName = (name: string): string => name.replace(NAME_EDGES, '').normalize('NFC');

/** Environments already used for this system in this group: the one-live-one-testing rule. */
export function takenEnvironments(existing: readonly ExistingConnector[], system: string | undefined, group: string | undefined): Set<Environment> {
  const taken = new Set<Environment>();
  for (const c of existing) {
    if (c.system === system && (c.group ?? undefined) === (group ?? undefined)) taken.add(c.environment);
  }
  return taken;
}

export const groupName = (groups: readonly Group[], id: string | undefined) => groups.find((g) => g.id === id)?.name;

export const generalStepSchema = (ctx: ValidationContext, msg: Messages, data: { group?: string | undefined }) => {
  const systemName = ctx.system?.name ?? '';
  const group = ctx.groups.length === 1 ? ctx.groups[0]!.id : data.group;
  const taken = takenEnvironments(ctx.existingConnectors, ctx.system?.id, group);
  const gName = groupName(ctx.groups, group);
  const groupIds = ctx.groups.map((g) => g.id);
  // Both slots taken: no environment can be chosen, so the problem is said where it can be mended
  // (the group, when there is a choice of group), never as "choose an environment".
  const full = taken.size === 2 ? msg.bothTaken(systemName, gName) : undefined;
  const onGroup = groupIds.length > 1;
  return z.object({
    // Required means something visible: a name of zero-width or bidi characters only shows as blank.
    // Direction controls could make it read as another name, in this form and wherever it is listed.
    name: z.string(msg.nameRequired).check(
      z.trim(),
      z.refine(hasVisibleText, msg.nameRequired),
      // Characters as sent (code points of the composed name, as a database counts them).
      z.refine((name) => [...connectorName(name)].length <= NAME_MAX_LENGTH, msg.nameTooLong(NAME_MAX_LENGTH)),
      z.refine((name) => !hasDirectionControls(name), msg.nameDirectionControls),
    ),
    group: groupIds.length
      ? z.string(msg.groupRequired).check(
          z.refine((g) => groupIds.includes(g), msg.groupRequired),
          z.refine((g) => !(full && onGroup && groupIds.includes(g)), full ?? ''),
        )
      : z.optional(z.undefined()),
    environment: full
      ? z.unknown().check(z.refine(() => onGroup, full))
      : z
          .enum(['live', 'test'], msg.environmentRequired)
          .check(z.refine((env) => !taken.has(env), { error: (issue) => msg.environmentTaken(issue.input as Environment, systemName, gName) })),
  });
};
