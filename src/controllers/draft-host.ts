/**
 * What the element and its draft code agree on. The draft code is loaded later (see
 * DraftHandle); the element, and the handle it holds from the start, need only these types.
 */
import type { ReactiveControllerHost } from 'lit';
import type { SecretValues, StepId, WizardData } from '../schemas/wizard-data.js';
import type { DraftRecord } from '../storage/draft-store.js';
import type { DraftNotice, HeldNotice } from '../wizard/state/wizard-state.js';

export type { DraftNotice };

/** `kept`: the draft stored under this id is not one the wizard shows here (another system's, another edit's): it is kept as it is, and nothing is saved over it. */
export type DraftStatus = 'off' | 'loading' | 'ready' | 'conflict' | 'kept' | 'unavailable';

export interface DraftSnapshot {
  step: StepId;
  data: WizardData;
  /** Only written (encrypted) with `secret-persistence="encrypted"`. */
  secrets: SecretValues;
}

/** How a stored draft is shown (see DraftControllerOptions.restore). */
export type RestoreHow = 'load' | 'open' | 'follow' | 'theirs' | 'secrets';

export interface DraftControllerOptions {
  snapshot: () => DraftSnapshot;
  /** The existing connector being edited, if any: with the default `draft-id`, each edit keeps its own draft (see draftKey). */
  editing: () => string | undefined;
  /**
   * A stored draft to show; false when it is not shown here. `load`: a draft loaded (or taken
   * again); `open`: as `load`, one the host did not pick by `draft-id` (neither replaces a
   * success panel): the first one (on connecting, or as drafts come on), or the default draft
   * only a new `system` or `group` preset moved to; `follow`: a
   * newer one another tab saved; `theirs`: the other tab's version, chosen in a conflict;
   * `secrets`: back after a removal, only its secrets come back. `key`: the draft's (see DraftTarget), when loaded on a switch.
   */
  restore: (record: DraftRecord, secrets: SecretValues, how: RestoreHow, key?: string) => boolean;
  /** The host switched away from the draft `key`; `answers`: its own, as last on screen, if it showed. */
  left?: (key: string, answers: DraftSnapshot | undefined) => void;
  /** The draft id changed to one with nothing stored, or (`remote`) the draft was deleted elsewhere (`finished`: its connector created, or its edit saved, there) or only a new preset moved to an empty one: a success panel stays then. `setAside`: that preset's move saved the answers on screen in the draft left. `unreadable`: the draft switched to could not be read, and was deleted. */
  switched: (remote?: boolean, finished?: boolean, setAside?: boolean, unreadable?: boolean) => void;
  /** Storage cannot be used; called once. The wizard goes on in memory. */
  unavailable: (error: Error) => void;
  /** Another wizard connected on the page shares this default draft: an integrator's mistake, told to the host (see tellSameDraftOnPage). */
  shared: (message: string) => void;
  /** Something the person should know about their draft. */
  notice: (notice: DraftNotice) => void;
  /** A write (`held`) or a delete (`held-delete`) of the draft on screen is held up (another tab's long write holds the drafts), or no longer (false): `landed`, it did. Said beside any notice, never in its place. */
  held?: (held: HeldNotice | false, landed: boolean) => void;
  /** The last write landed (or failed) and nothing is pending: leaving the page loses nothing. */
  idle?: () => void;
  /** Whether the answers on screen were changed before the draft code was there (with `no-drafts`); asked once, by the first load, which then keeps them. */
  typedBefore?: () => boolean;
}

export interface DraftHost extends ReactiveControllerHost {
  readonly isConnected: boolean;
  draftId: string;
  /** The preset system: with the default `draft-id`, each preset system keeps its own draft (see draftKey). */
  readonly system?: string;
  /** The preset group: with the default `draft-id`, each keeps its own draft too (see draftKey). */
  readonly group?: string;
  /** With the default `draft-id`, an edit's draft is its endpoint's too (see draftKey). */
  readonly endpoint?: string | undefined;
  noDrafts: boolean;
  draftDatabase: string;
  secretPersistence: 'memory' | 'encrypted';
  persistDrafts: boolean;
  /** `done` once the answers on screen are a connector created or an edit saved: their draft is deleted. */
  readonly currentStep?: string;
}
