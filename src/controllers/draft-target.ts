import { DEFAULT_DRAFT_ID, draftKey } from '../storage/draft-key.js';
import type { DraftHost, DraftSnapshot } from './draft-host.js';
import { goneKind, type ConflictKind } from './draft-conflict.js';

/** Which draft the host asks for: its database and stored key, and the `system` preset that chose it. */
export interface DraftTarget {
  database: string;
  /** The stored key (see draftKey). */
  id: string;
  /** `database` and `id` in one string, to compare targets. */
  key: string;
  system?: string;
  /** With the default `draft-id`: the connector being edited, or null for a new one (see draftKey). */
  editing?: string | null;
  /** Where this draft may have been stored before per-system default drafts (`default`), or before per-group ones (`default:<system>`, then `default`), if anywhere else; looked at in this order. */
  legacyIds?: string[];
  /** The group preset the key is scoped to: a draft under `legacyIds` moves only if it is of that group. */
  group?: string;
}

/** The ids the host asks for, and the connector being edited, if any. */
export type DraftAsk = Pick<DraftHost, 'draftDatabase' | 'draftId' | 'system' | 'group' | 'endpoint'> & { editing?: string };

export function targetOf({ draftDatabase, draftId, system, group, endpoint }: Omit<DraftAsk, 'editing'>, editing?: string): DraftTarget {
  const id = draftKey(draftId, { system, editing, group, endpoint });
  const byDefault = draftId === DEFAULT_DRAFT_ID;
  const scoped = byDefault && !editing && Boolean(group);
  return {
    database: draftDatabase,
    id,
    key: `${draftDatabase}\u0000${id}`,
    system,
    ...(byDefault ? { editing: editing ?? null } : {}),
    // Drafts of edits were never moved: only a new connector's default draft was per system, then per group.
    ...(scoped ? { legacyIds: [...new Set([draftKey(draftId, { system }), draftId])], group } : byDefault && id !== draftId && !editing ? { legacyIds: [draftId] } : {}),
  };
}

/** Only the edit moved the default draft (one opened, or left): the answers on screen are already the new ones. */
export const editMoved = (from: DraftTarget, to: DraftTarget) => from.editing !== undefined && to.editing !== undefined && from.editing !== to.editing;

/** Only a new `system` or `group` preset (or `draft-database`) moved a new connector's default draft: not a `draft-id`, nor an edit. */
export const presetMoved = (from: DraftTarget, to: DraftTarget) => from.editing === null && to.editing === null;

/** Whether the answers are the ones the target's draft keeps: its preset system's, and its edit's (or a new connector's). */
const belongs = (target: DraftTarget, { data }: DraftSnapshot) =>
  (!target.system || data.system === target.system) && (target.editing === undefined || (data.editing ?? null) === target.editing);

/** The answers on screen are what the host now asks for and the loaded draft is not: the preset system, or the connector opened. A system the person picks is theirs, not the host's. */
export const hostShown = (loaded: DraftTarget, target: DraftTarget, { data }: DraftSnapshot) =>
  (target.system !== undefined && target.system !== loaded.system && data.system === target.system) ||
  (target.editing !== loaded.editing && (data.editing ?? null) === target.editing);

/**
 * The answers as the draft a new `group` preset leaves keeps them, while they are still on screen (until the group's draft
 * is read): the preset's group, applied where none was chosen, is the new draft's, so they keep the one they had (`before`,
 * last seen on screen). A group the person picks meanwhile is theirs, and stays: the preset's too, once they picked any other
 * first (see seen).
 */
export class LeftAs {
  #picked = false;

  /** `next`, `from`: the switch (see under). */
  constructor(
    private readonly before?: DraftSnapshot,
    private readonly next?: DraftTarget,
    private readonly from?: DraftTarget,
  ) {}

  /** The switch is still under way: `next` asked for, `from` loaded. */
  #under(target: DraftTarget | undefined, loaded: DraftTarget | undefined): boolean {
    return this.next !== undefined && target === this.next && loaded === this.from;
  }

  /** Call on every change: a group on screen other than the preset's, while the switch is under way, is the person's pick, and so is any picked after it. */
  seen(target: DraftTarget | undefined, loaded: DraftTarget | undefined, { data }: DraftSnapshot): void {
    if (this.#under(target, loaded) && this.next!.group !== undefined && data.group !== this.next!.group) this.#picked = true;
  }

  /** The answers as the draft left keeps them, while the switch is under way. */
  of(target: DraftTarget | undefined, loaded: DraftTarget | undefined, answers: DraftSnapshot): DraftSnapshot {
    const { before, next } = this;
    if (!this.#under(target, loaded) || this.#picked || !before || next?.group === undefined || answers.data.group !== next.group || before.data.group === next.group)
      return answers;
    const { group: _preset, ...data } = answers.data;
    return { ...answers, data: before.data.group === undefined ? data : { ...data, group: before.data.group } };
  }
}

/**
 * The answers a switch leaves on screen (of the draft `key`, if any), as it found them: as the switch it replaced, still
 * reading, found them (`prior`), so that what changed since is still written there; otherwise as they are `now`.
 */
export const foundLeft = (key: string | undefined, prior: { key: string; json: string } | undefined, now: () => string) =>
  key === undefined ? undefined : prior?.key === key ? prior : { key, json: now() };

/**
 * A first `system` preset moved a new connector's default draft from the one `shown` (its answers on screen: not a draft a
 * switch replaced before reading it), and those answers (none replaced by the preset) are already that system's: chosen by
 * the person before the host named it. After another preset, the system on screen is the host's.
 */
const chosenBefore = (shown: DraftTarget | undefined, next: DraftTarget, replaced: DraftSnapshot | undefined, onScreen: DraftSnapshot) =>
  shown !== undefined && presetMoved(shown, next) && !shown.system && next.system !== undefined && !replaced && belongs(next, onScreen);

/** Only the endpoint moved an edit's default draft (one set late, a renewed query): the same connector, and the answers on screen are still its. */
const endpointMoved = (previous: DraftTarget, next: DraftTarget, _replaced: DraftSnapshot | undefined, onScreen: DraftSnapshot) =>
  typeof previous.editing === 'string' && previous.editing === next.editing && previous.database === next.database && belongs(next, onScreen);

/**
 * What a load keeps of the answers on screen over what it read (nothing when a later version saved it): answers typed for
 * this draft while its switch waited (`typed`), or with drafts off (`resumed`: the revision they are based on), or
 * already this draft's when only a new `system` preset, or an edit's endpoint, moved to it and nothing is stored there (see chosenBefore, endpointMoved).
 * They stay on screen and are saved (`typed`; `moved` when a first `system` preset moved them from the draft of no preset, which
 * goes once they are written: see chosenBefore), over a stored draft only if the person chooses (`conflict`; `deleted`, or `created` when the tombstone says its connector was made).
 */
export function keptOnLoad(
  read: { record?: unknown; revision: number; newer?: boolean; finished?: boolean },
  typed: boolean,
  resumed: number | undefined,
  moved?: [previous: DraftTarget, next: DraftTarget, replaced: DraftSnapshot | undefined, onScreen: DraftSnapshot, shown: DraftTarget | undefined],
): 'typed' | 'moved' | ConflictKind | undefined {
  if (read.newer) return undefined;
  if (resumed !== undefined) return read.revision === resumed ? 'typed' : read.record ? 'conflict' : goneKind(read.finished);
  if (typed) return read.record ? 'conflict' : 'typed';
  if (read.record || !moved) return undefined;
  const [previous, next, replaced, onScreen, shown] = moved;
  return chosenBefore(shown, next, replaced, onScreen) ? 'moved' : endpointMoved(previous, next, replaced, onScreen) ? 'typed' : undefined;
}

/**
 * The loaded draft's answers, as last seen on screen. The element applies a new `system` preset,
 * or opens a connector to edit, in the same update as the change, before controllers see it:
 * the answers on screen are then the new ones, and the loaded draft's are the ones kept here.
 */
export class LoadedAnswers {
  #latest?: { key: string; snapshot: DraftSnapshot };

  /** Call after every change and update: `loaded`, the draft on screen, if any (see DraftController.onScreen). */
  remember(loaded: DraftTarget | undefined, snapshot: () => DraftSnapshot): void {
    const answers = loaded && snapshot();
    if (answers && belongs(loaded, answers)) this.#latest = { key: loaded.key, snapshot: answers };
  }

  /** The answers last seen on screen of `loaded`, if it showed. */
  latest(loaded: DraftTarget): DraftSnapshot | undefined {
    return this.#latest?.key === loaded.key ? this.#latest.snapshot : undefined;
  }

  /** The loaded draft's answers when a new preset has replaced them on screen (`onScreen`); otherwise none. */
  replaced(loaded: DraftTarget | undefined, onScreen: DraftSnapshot): DraftSnapshot | undefined {
    const latest = this.#latest?.key === loaded?.key ? this.#latest?.snapshot : undefined;
    // A draft of no preset system keeps the one the person chose: a preset naming another replaced it too.
    return loaded && (!belongs(loaded, onScreen) || latest?.data.system !== onScreen.data.system) ? latest : undefined;
  }
}

/**
 * A switch of draft (`draft-id`, or the `system` preset) asked for while this tab is in conflict
 * over the current one, holding edits saved nowhere. Saving them over the other tab's newer
 * version would lose that one; switching would lose them. So the switch waits: the conflict
 * notice stays up (it says the changes here are not saved), the draft keeps following the other
 * tabs, and once the person chooses (keep mine, use theirs, or discard) their choice is carried
 * out on this draft, then the wizard moves to the draft asked for. Nothing is written or dropped
 * that the person did not choose.
 */
export class HeldSwitch {
  #key?: string;
  #answers?: DraftSnapshot;
  /** What a new preset put on screen when it replaced the loaded draft's answers. */
  #shown?: string;
  #requests = 0;

  /** A create or a saved edit is in flight: a switch asked for now waits for it (see `during`). */
  get busy(): boolean {
    return this.#requests > 0;
  }

  /**
   * `work` (a create, a saved edit) was sent from the draft loaded now, so its outcome (the draft
   * deleted after a success, the idempotency key kept after a failure) belongs to that draft: a
   * switch asked for meanwhile is held, and `done` carries it out once no request is in flight.
   */
  async during<T>(work: Promise<T>, done: () => void): Promise<T> {
    this.#requests++;
    try {
      return await work;
    } finally {
      if (!--this.#requests) done();
    }
  }

  /** The target key of the switch waiting, if one is. */
  get key(): string | undefined {
    return this.#key;
  }

  /** The answers a new preset replaced on screen when the switch came: "mine" in the conflict. */
  get answers(): DraftSnapshot | undefined {
    return this.#answers;
  }

  /** Holds a switch to `key`; false if that one was held already. `onScreen`: the answers shown now. */
  hold(key: string, replaced: DraftSnapshot | undefined, onScreen: DraftSnapshot): boolean {
    if (this.#key === key) return false;
    this.#key = key;
    this.#answers ??= replaced;
    this.#shown = replaced && JSON.stringify(onScreen);
    return true;
  }

  /** The person changed the answers a new preset put on screen while the switch waited: typed for the draft asked for. */
  typedSince(onScreen: DraftSnapshot): boolean {
    return this.#shown !== undefined && this.#shown !== JSON.stringify(onScreen);
  }

  /** The switch waiting, taken to be carried out: whether the person typed for it (see typedSince); undefined if none waits. */
  take(onScreen: DraftSnapshot): boolean | undefined {
    if (this.#key === undefined) return undefined;
    const typed = this.typedSince(onScreen);
    this.release();
    return typed;
  }

  /** Nothing waits any more; gives back the answers a preset had replaced, if any. */
  release(): DraftSnapshot | undefined {
    const answers = this.#answers;
    this.#key = undefined;
    this.#answers = undefined;
    this.#shown = undefined;
    return answers;
  }
}
