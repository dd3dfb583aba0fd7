/** What the steps read (the context) and what their checks read, both derived from the state. */
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import type { OAuthSetup } from '../config/url-policy.js';
import type { DraftStatus } from '../controllers/draft-host.js';
import type { HeadingLevel, WizardActions, WizardContextValue } from '../context/wizard-context.js';
import { shellMessages, type Messages } from '../messages/messages.js';
import type { StepValidationInput } from '../schemas/connector-schema.js';
import { issuesToFeedback } from '../schemas/feedback.js';
import { systemStepSchema } from '../schemas/system-schema.js';
import type { ExistingConnector, Feedback, Group, StepId } from '../schemas/wizard-data.js';
import type { Flow, LaterModule } from './later-api.js';
import { currentSystem, dataHere, existingOthers, keepsCredentials } from './state/selectors.js';
import type { WizardState } from './state/wizard-state.js';

export interface WizardInputs {
  state: WizardState;
  /** In the person's language, so messages name systems and fields as they see them. */
  catalogue: Catalogue;
  /** Ids of systems left out of the catalogue because their entries could not be read. */
  leftOut: readonly string[];
  msg: Messages;
  locale: string;
  steps: readonly StepId[];
  groups: readonly Group[];
  existing: readonly ExistingConnector[];
  /** From the later module: the Credentials step, the only one that shows it, comes with it. */
  oauthSetup: OAuthSetup;
  endpoint?: string;
  testEndpoint?: string;
  headingLevel: HeadingLevel;
  /** Where the draft stands (see DraftHandle.status). */
  drafts: DraftStatus;
  /** The later module's flow, once it is there: a sign-in, a create or save under way. */
  flow?: Flow;
  actions: WizardActions;
}

/** An edit on the connector's auth type keeps what is left empty, and its sign-in unless a field that sign-in is made for changed (the later module knows). */
const keeps = (i: WizardInputs) => keepsCredentials(i.state) && !i.flow?.signInFieldChanged();

export function validationInput(i: WizardInputs): StepValidationInput {
  const s = i.state;
  return {
    ctx: { catalogue: i.catalogue, system: currentSystem(s, i.catalogue), groups: i.groups, existingConnectors: existingOthers(s, i.existing), locale: i.locale },
    msg: i.msg,
    data: dataHere(s),
    secrets: s.secrets,
    oauthSetup: i.oauthSetup,
    keepCredentials: keeps(i),
  };
}

/** A step's problems. System is checked in the entry; the other steps by the later module (`undefined` until it is there). */
export function checkStep(later: LaterModule | undefined, step: StepId, input: StepValidationInput): Feedback | undefined {
  if (later) return later.validateStep(step, input);
  if (step !== 'system') return undefined;
  const result = systemStepSchema(input.ctx, input.msg).safeParse({ system: input.data.system });
  return result.success ? {} : issuesToFeedback(result.error.issues);
}

/** The one object every step reads; a new one each update, so every consumer updates. */
export function contextValue(i: WizardInputs): WizardContextValue {
  const s = i.state;
  const { ctx, oauthSetup, data } = validationInput(i);
  return {
    msg: i.msg,
    locale: i.locale,
    catalogue: i.catalogue,
    leftOut: i.leftOut,
    system: ctx.system,
    steps: i.steps,
    step: s.step,
    data,
    secrets: s.secrets,
    groups: i.groups,
    existingConnectors: ctx.existingConnectors,
    feedback: s.feedback,
    fromServer: s.serverPointers,
    quietSummary: Object.entries(s.feedback).every(([pointer, message]) => s.quietFeedback?.[pointer] === message),
    notes: Object.fromEntries(Object.entries(s.notes).map(([pointer, note]) => [pointer, note(i.msg)])),
    oauthSetup,
    editing: s.editing ? { keepCredentials: keeps(i), secretsAllowed: Boolean(i.endpoint), authType: s.editing.authType } : undefined,
    canTestConnection: Boolean(i.testEndpoint),
    secretsSaved: Boolean(s.secretsSealed),
    draftsKept: i.drafts === 'ready',
    oauth: i.flow?.oauthStatus ?? { state: 'idle' },
    sending: Boolean(i.flow?.sending || i.state.submitting),
    ...(s.connectionTest ? { connectionTest: s.connectionTest } : {}),
    // Which fields, not what they held: the values before a paste stay in the store.
    ...(s.paste
      ? {
          paste:
            'undone' in s.paste
              ? s.paste
              : {
                  authType: s.paste.authType,
                  filled: s.paste.filled,
                  ...(s.paste.typed ? { typed: s.paste.typed } : {}),
                  ...(s.paste.dropped ? { dropped: true as const } : {}),
                },
        }
      : {}),
    headingLevel: i.headingLevel,
    ...(s.previewAt !== undefined ? { previewAt: s.previewAt } : {}),
    actions: i.actions,
  };
}

const englishWithSteps = new WeakMap<LaterModule, Messages>();
/** English: the wizard's and System's strings, and the later steps' once their module is there. */
export function english(later: LaterModule | undefined): Messages {
  if (!later) return shellMessages as Messages;
  let messages = englishWithSteps.get(later);
  if (!messages) englishWithSteps.set(later, (messages = { ...shellMessages, ...later.stepMessages }));
  return messages;
}
