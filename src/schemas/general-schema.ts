import * as z from 'zod/mini';
import { namedIn } from '../catalogue/localize-catalogue.js';
import type { Messages } from '../messages/messages.js';
import { hasDirectionControls, hasVisibleText } from './normalize.js';
import { filledSlots, unsureSlots, type Environment, type ExistingConnector, type Group, type ValidationContext, type WizardData } from './wizard-data.js';

export const NAME_MAX_LENGTH = 100;

/**
 * Zero-width characters and whitespace at either end of a name: paste debris, which shows
 * nowhere. The trailing run only where a run starts, so a long run inside is read once.
 */
const NAME_EDGES = /^[\s\u00ad\u200b-\u200d\u2060\ufeff]+|(?<![\s\u00ad\u200b-\u200d\u2060\ufeff])[\s\u00ad\u200b-\u200d\u2060\ufeff]+$/gu;

/**
 * The name as it is sent, counted and listed: without paste debris at its ends, and composed
 * (NFC: "Société" typed decomposed, as macOS may, is the same name as one typed composed).
 */
export const connectorName = (name: string): string => name.replace(NAME_EDGES, '').normalize('NFC');

/** A connector's slot: one live and one testing per system and group. */
export const slotOf = (c: { system?: string | undefined; group?: string | number | null | undefined; environment?: string | undefined }) =>
  `${c.system}\n${c.group ?? ''}\n${c.environment}`;

/**
 * Environments already used for this system in this group: the one-live-one-testing rule. The
 * slot of this person's create that got no answer (`submission.unsure`), or whose page went
 * before its answer came (`submission.sending`), may hold what that create made: it is not
 * counted until the server says it is filled, so Create sends again under the same key
 * (replayed as created, or a 409 that says it may be the earlier try's).
 */
export function takenEnvironments(
  existing: readonly ExistingConnector[],
  system: string | undefined,
  group: string | undefined,
  submission?: WizardData['submission'],
): Set<Environment> {
  const taken = new Set<Environment>();
  for (const c of existing) {
    if (c.system !== system || (c.group ?? undefined) !== (group ?? undefined)) continue;
    const slot = slotOf(c);
    if (submission?.sending !== slot && (!unsureSlots(submission).includes(slot) || filledSlots(submission).includes(slot))) taken.add(c.environment);
  }
  return taken;
}

export const groupName = (groups: readonly Group[], id: string | undefined) => groups.find((g) => g.id === id)?.name;

/**
 * The connector's group as the form has it: the company's only group when there is no choice
 * (none is shown), but for an edit its own group, whatever it is (none included): the only
 * group is no change the person made.
 */
export const formGroup = (groups: readonly Group[], data: Pick<WizardData, 'group' | 'editing'>): string | undefined =>
  groups.length === 1 && !data.editing ? groups[0]!.id : data.group;

/**
 * An edit's own group that the groups offered lack (another group's connector, or one in no
 * group): valid as it is, never sent unless the person picks another (renaming it never moves
 * it). With a choice of groups it is offered as a choice of its own; with one group (no choice),
 * it is said as kept.
 */
export const keptGroup = (groups: readonly Group[], data: Pick<WizardData, 'editing' | 'editBase'>): { id: string | undefined } | undefined =>
  groups.length && data.editing !== undefined && data.editBase && !groups.some((g) => g.id === data.editBase!.group) ? { id: data.editBase.group } : undefined;

export const generalStepSchema = (ctx: ValidationContext, msg: Messages, data: Pick<WizardData, 'group' | 'submission' | 'editing' | 'editBase'>) => {
  // Marked where shown as written in another language (namedIn): the step marks it in its errors.
  const systemName = ctx.system ? namedIn(ctx.system, 'name', ctx.locale ?? 'en') : '';
  const group = formGroup(ctx.groups, data);
  const taken = takenEnvironments(ctx.existingConnectors, ctx.system?.id, group, data.submission);
  // The server has said the slot of a create that got no answer is filled: maybe by that create.
  const taker = (environment: Environment) =>
    unsureSlots(data.submission).includes(slotOf({ system: ctx.system?.id, group, environment })) ? msg.duplicateMaybeOwn : msg.environmentTaken;
  const gName = groupName(ctx.groups, group);
  const groupIds = ctx.groups.map((g) => g.id);
  // Both slots taken: no environment can be chosen, so the problem is said where it can be mended
  // (the group, when there is a choice of group), never as "choose an environment".
  const full = taken.size === 2 ? msg.bothTaken(systemName, gName) : undefined;
  const onGroup = groupIds.length > 1;
  const kept = keptGroup(ctx.groups, data);
  const valid = (g: unknown) => (typeof g === 'string' && groupIds.includes(g)) || (kept !== undefined && g === kept.id);
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
    // An edit where no group can be chosen keeps its own (see formGroup): nothing to check.
    group: !groupIds.length
      ? z.optional(z.undefined())
      : groupIds.length === 1 && data.editing
        ? z.unknown()
        : z.unknown().check(
            z.refine(valid, msg.groupRequired),
            z.refine((g) => !(full && onGroup && valid(g)), full ?? ''),
          ),
    environment: full
      ? z.unknown().check(z.refine(() => onGroup, full))
      : z
          .enum(['live', 'test'], msg.environmentRequired)
          .check(z.refine((env) => !taken.has(env), { error: (issue) => taker(issue.input as Environment)(issue.input as Environment, systemName, gName) })),
  });
};
