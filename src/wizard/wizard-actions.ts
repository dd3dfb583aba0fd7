import type { Catalogue } from '../catalogue/catalogue-schema.js';
import type { WizardActions } from '../context/wizard-context.js';
import type { DraftHandle } from '../controllers/draft-handle.js';
import type { LaterLoader } from '../controllers/later-loader.js';
import type { WizardSession } from '../controllers/wizard-session.js';
import { WizardCancelEvent } from '../events/index.js';
import type { StepId } from '../schemas/wizard-data.js';
import type { Flow } from './later-api.js';
import * as t from './state/transitions.js';
import type { WizardStore } from './state/wizard-store.js';

/** The element, as the person's actions reach it: its public navigation, and where it renders. */
interface Wizard extends HTMLElement {
  readonly updateComplete: Promise<boolean>;
  readonly renderRoot: HTMLElement | DocumentFragment;
  back(): Promise<boolean>;
  next(): Promise<boolean>;
  submit(): Promise<boolean>;
  reset(): Promise<void>;
  goTo(step: StepId, options?: { returnToReview?: boolean }): Promise<boolean>;
}

/** What the person's actions reach: the state, the draft, the later module's flow (once loaded), the catalogue. */
export interface ActionParts {
  wizard: Wizard;
  store: WizardStore;
  draft: DraftHandle;
  later: LaterLoader;
  session: WizardSession;
  flow: () => Flow | undefined;
  catalogue: () => Catalogue | undefined;
}

/**
 * What the person's actions do. `steps`: what the steps may do (the context's `actions`): answers
 * go to the session, credentials, requests and sign-ins to the later module's flow (nothing before
 * it is loaded: no step that asks for them shows before then). `shell`: the buttons of the action
 * bar and of the notices before the steps. `resolveConflict`: the choice in a conflict with another tab.
 */
export function wizardActions({ wizard, store, draft, later, session, flow, catalogue }: ActionParts) {
  /** Asks before discarding the draft (the focus on No), or not after all (the focus back on Discard draft). */
  const confirmDiscard = async (asking: boolean) => {
    store.update((s) => t.confirmDiscard(s, asking));
    await wizard.updateComplete;
    wizard.renderRoot.querySelector<HTMLElement>(asking ? '[data-confirm="no"]' : '[part~="discard"]')?.focus();
  };
  const steps: WizardActions = {
    update: (patch) => session.update(patch),
    selectSystem: (id) => session.selectSystem(id),
    setCredential: (key, value) => flow()?.setCredential(key, value),
    commitCredential: (key, pasted) => flow()?.commitCredential(key, pasted),
    pasteCredentials: (fill, dropped) => flow()?.pasteCredentials(fill, dropped),
    undoPaste: () => flow()?.undoPaste(),
    next: () => void wizard.next(),
    testConnection: () => void flow()?.testConnection(),
    connectOAuth: () => void flow()?.connectOAuth(),
    oauthFinished: () => flow()?.oauthFinished(),
    continueOAuthInTab: (repeated) => flow()?.continueOAuthInTab(repeated),
    goTo: (step, options) => void wizard.goTo(step, options),
    previewFrom: (at) => store.update((s) => t.previewFrom(s, at)),
  };
  const shell = {
    back: () => void wizard.back(),
    next: () => void wizard.next(),
    submit: () => void wizard.submit(),
    askDiscard: () => void confirmDiscard(true),
    confirmDiscard: () => void wizard.reset(),
    keepDraft: () => void confirmDiscard(false),
    /** A create or an edit's save is under way (checked, its key made, then sent): Cancel and Discard draft wait for its outcome, as while it is sent. */
    submitting: () => Boolean(store.state.submitting),
    /** Not while a create or an edit's save is under way: the host would hear "cancelled", then "created" or "updated". The draft keeps the answers (the snapshot is taken now); secrets in memory go, and those of a draft still loading stay sealed in it. */
    cancel: () => {
      if (store.state.submitting) return;
      void draft.cancel();
      store.update(t.dropSecrets);
      flow()?.cancelled();
      later.forget(); // A Continue or Create waiting for the later file is not done when it arrives.
      wizard.dispatchEvent(new WizardCancelEvent());
    },
  };
  return {
    steps,
    shell,
    /** The person chose a version in a conflict with another tab's: theirs (loaded here) or this one's (kept). */
    resolveConflict: (choice: 'theirs' | 'mine') => {
      // The buttons vanish on click: focus goes to the step heading at once, not to <body>; and to
      // the new step's, when the other version is on another step (the focused heading went with its step).
      store.update((s) => t.conflictResolved(s, choice === 'mine' ? { catalogue: catalogue() } : undefined));
      const refocus = () => wizard.matches(':focus-within') || store.update((s) => t.focusOn(s, 'heading'));
      void (choice === 'theirs' ? draft.loadTheirs().then(refocus) : draft.keepMine());
    },
  };
}
