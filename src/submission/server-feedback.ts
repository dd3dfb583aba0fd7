import { DATE_FORMAT_PRESETS } from '../date-format/date-pattern.js';
import { listedUnder } from '../messages/messages.js';
import { escapeToken, problemToFeedback } from '../schemas/feedback.js';
import type { Feedback, Pointer, StepId } from '../schemas/wizard-data.js';
import type { Problem } from './connector-client.js';

/** The step that asks each answer of the payload, by its name: the first token of a pointer into it. */
const STEP_OF: Readonly<Record<string, StepId>> = {
  system: 'system',
  name: 'general',
  group: 'general',
  environment: 'general',
  timeZone: 'timezone',
  dateFormat: 'timezone',
  authType: 'auth',
  credentials: 'credentials',
};

/** Which step answers a JSON pointer into the payload. */
export function stepForPointer(pointer: Pointer, steps: readonly StepId[]): StepId | undefined {
  const top = pointer.split('/')[1] ?? '';
  const step = Object.hasOwn(STEP_OF, top) ? STEP_OF[top] : undefined;
  return step && steps.includes(step) ? step : undefined;
}

/**
 * Whether a pointer lands on a field of the form: an answer of one of `steps`, or, on Credentials, a
 * field of the way to sign in chosen (`fields`). `/credentials` itself, another way's field or one the
 * catalogue no longer has is on no field: listed, but nothing the person could mend.
 */
export function onFormField(pointer: Pointer, steps: readonly StepId[], fields: readonly { key: string }[] = []): boolean {
  const step = stepForPointer(pointer, steps);
  return step === 'credentials' ? fields.some((f) => pointer === `/credentials/${f.key}`) : step !== undefined;
}

/**
 * An error on an answer of the payload that has no field on the form (another way to sign in's credential, the system of an
 * edit) said after its name and the language's `colon`: a credential's label (`labelOf`, as the catalogue gives it), else its key
 * ("apiKey: is not valid"): its message alone does not say which value it is about. So is one on a field the server named that is
 * no answer (`key`: "slug: is taken"). Others as they are.
 */
export function keyNamed(
  error: { pointer: string; detail: string; key?: string },
  steps: readonly StepId[],
  fields?: readonly { key: string }[],
  labelOf?: (key: string) => string | undefined,
  colon = ':',
) {
  const { pointer, detail, key: named } = error;
  if (named !== undefined) return { pointer, detail: `${named}${colon} ${detail}` };
  const tokens = pointer.split('/').map((t) => t.replace(/~1/gu, '/').replace(/~0/gu, '~'));
  if (!Object.hasOwn(STEP_OF, tokens[1] ?? '') || onFormField(pointer, steps, fields)) return error;
  const key = tokens.at(-1)!;
  return { pointer, detail: `${(tokens[1] === 'credentials' && tokens.length === 3 && labelOf?.(key)) || key}${colon} ${detail}` };
}

/** Where a server's errors go: the step shown, its errors, and the later steps' (shown on their fields when the person gets there). */
export interface PlacedProblem {
  step: StepId;
  feedback: Feedback;
  /** The wizard's own words for what the server said (a slot taken): its checks say them again, in a new language too. */
  own?: true;
  later?: Partial<Record<StepId, Feedback>>;
}

/**
 * A server's 422 as the wizard shows it: the earliest step with an error, that step's field
 * errors, and what could not be placed on a field (listed in that step's summary as text).
 * With `label` (a step's name and the language's colon, "Review:"), the errors of later steps are listed there too, as text after
 * their step's name, and kept in `later` for their own fields. With `more`, errors the server listed past those read are counted in a last item.
 * A field of a step named only past those read (`past`: the first error on each, 50 fields at most) is placed as those read are, so
 * fixing every field marked never meets it again after the next try; it is not counted in that last item.
 */
export function placeProblem(problem: Problem, steps: readonly StepId[], fallback: StepId, label?: (step: StepId) => string, more?: (count: number) => string): PlacedProblem {
  const byStep = new Map<StepId, Feedback>();
  const unplaced: Feedback = {};
  const read = problemToFeedback(problem);
  const past = Object.entries(problemToFeedback({ errors: problem.past ?? [] }))
    .filter(([pointer]) => !Object.hasOwn(read, pointer) && stepForPointer(pointer, steps))
    .slice(0, 50);
  for (const [pointer, detail] of [...Object.entries(read), ...past]) {
    const step = stepForPointer(pointer, steps);
    if (!step) unplaced[pointer || '/'] = detail;
    else byStep.set(step, { ...(byStep.get(step) ?? {}), [pointer]: detail });
  }
  const step = steps.find((s) => byStep.has(s)) ?? fallback;
  const feedback = { ...(byStep.get(step) ?? {}), ...unplaced };
  byStep.delete(step);
  if (label) for (const [other, errors] of byStep) for (const [pointer, detail] of Object.entries(errors)) feedback[pointer] = listedUnder(label(other), detail);
  // Errors past those read: one last item says how many, so the list is not taken for all there is.
  const left = (problem.more ?? 0) - past.length;
  if (left > 0 && more) feedback['/#+more'] = more(left);
  // Never an empty item: a refusal without a word says at least its status.
  if (!Object.keys(feedback).length) feedback[''] = problem.detail ?? problem.title ?? `HTTP ${problem.status ?? 422}`;
  return label && byStep.size ? { step, feedback, later: Object.fromEntries(byStep) } : { step, feedback };
}

/**
 * A 413 (a body larger than the server takes: a file, or a megabyte pasted by mistake): said on the answer typed (the name, a
 * date pattern typed, not one from the list, or a credential) that takes most of the body sent (its JSON text's bytes, as the server counts them; an edit's body is its changes, so never an answer it left out).
 * None sent (an edit of the environment alone, or with a date format from the list): undefined, so the 413 is said as any refusal is, on no answer.
 */
export function tooLarge(body: object, steps: readonly StepId[], said: string, what: string): { place: PlacedProblem; error: ['server', string] } | undefined {
  const { name, dateFormat, credentials } = body as { name?: string; dateFormat?: string; credentials?: object };
  // A date format from the list (an edit's default, where the host's connector had none) is a choice, never shortened: only a pattern typed is said.
  const custom = DATE_FORMAT_PRESETS.some((preset) => preset.pattern === dateFormat) ? undefined : dateFormat;
  const typed = Object.entries({ name, dateFormat: custom }).filter(([, value]) => value !== undefined);
  const answers = [
    ...typed.map(([key, value]) => [`/${key}`, value]),
    ...Object.entries(credentials ?? {}).map(([key, value]) => [`/credentials/${escapeToken(key)}`, value]),
  ];
  let [pointer, most] = ['', -1];
  for (const [at, value] of answers) {
    const size = new Blob([JSON.stringify(value)]).size;
    if (size > most) [pointer, most] = [at as string, size];
  }
  return pointer
    ? {
        place: placeProblem({ errors: [{ pointer, detail: said }] }, steps, 'review'),
        error: ['server', `${what} failed: HTTP 413, the body is too large (its longest answer: ${pointer}).`],
      }
    : undefined;
}
