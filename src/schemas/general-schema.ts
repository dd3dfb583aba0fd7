import * as z from 'zod/mini';
import type { Messages } from '../messages/messages.js';
import type { Environment, ExistingConnector, Group, ValidationContext } from './wizard-data.js';

export const NAME_MAX_LENGTH = 100;

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
  return z.object({
    name: z.string(msg.nameRequired).check(z.trim(), z.minLength(1, msg.nameRequired), z.maxLength(NAME_MAX_LENGTH, msg.nameTooLong(NAME_MAX_LENGTH))),
    group: groupIds.length ? z.string(msg.groupRequired).check(z.refine((g) => groupIds.includes(g), msg.groupRequired)) : z.optional(z.undefined()),
    environment: z.enum(['live', 'test'], msg.environmentRequired).check(
      z.superRefine((env, issue) => {
        if (!taken.has(env)) return;
        issue.addIssue({
          code: 'custom',
          input: env,
          message: taken.size === 2 ? msg.bothTaken(systemName, gName) : msg.environmentTaken(env, systemName, gName),
        });
      }),
    ),
  });
};
