/**
 * Wizards left while they were sending (Back or Cancel during a create, or an edit's save): moved
 * aside, hidden, until their answer comes, since removing one would abort the request though the
 * server may already have done it. What happened is then said once, and only what is true: a draft
 * to continue only when the drafts list offers it; a new connector whose answers are in no draft
 * comes back rather than going with them.
 */
import type { ConnectorWizard, WizardErrorKind } from '../../src/index.js';

export interface LeftWizardsHost {
  say(message: string): void;
  /** Whether it fired `connector-created` or `connector-updated`: the page lists and says those itself. */
  finished(el: ConnectorWizard): boolean;
  /** Asks for the list again. */
  refresh(): Promise<void>;
  /** Whether the list has the connector `id`. */
  listed(id: string): boolean;
  /** Lists the drafts again; resolves to the ids of those offered under "Continue". */
  drafts(): Promise<ReadonlySet<string>>;
  /** Shows `el` again: at once when no other wizard is open (true), else once that one is left. */
  bringBack(el: ConnectorWizard): boolean;
}

/** The errors that end a request; another (a draft not stored as sending ends) says nothing of it. */
const OUTCOMES: readonly WizardErrorKind[] = ['network', 'server', 'auth', 'config'];

export class LeftWizards {
  readonly #aside = document.body.appendChild(Object.assign(document.createElement('div'), { hidden: true }));
  /** How each one's request ended; none for a refusal the person must act on (a 409 for a slot taken, a 422 for answers refused), which fires no error. */
  readonly #errors = new WeakMap<Element, WizardErrorKind>();
  /** Those whose request has ended: their drafts may be offered again. */
  readonly #ended = new WeakSet<Element>();

  constructor(private readonly host: LeftWizardsHost) {
    // While it is still sending, an error is not its request's outcome (a list asked for again as it moved aside).
    this.#aside.addEventListener('connector-wizard-error', (event) => {
      const el = event.target as ConnectorWizard;
      if (!el.sending && OUTCOMES.includes(event.detail.kind)) this.#errors.set(el, event.detail.kind);
    });
  }

  /** The drafts being created by wizards moved aside: not offered under "Continue" meanwhile (continuing one would send it twice). */
  get sending(): ReadonlySet<string> {
    const ids = new Set<string>();
    for (const el of this.#aside.children as HTMLCollectionOf<ConnectorWizard>) if (!this.#ended.has(el) && el.draftId) ids.add(el.draftId);
    return ids;
  }

  /** Moves `el` aside until its answer comes, then says what happened. */
  leave(el: ConnectorWizard): void {
    this.#ended.delete(el);
    this.#errors.delete(el);
    this.#aside.append(el);
    void this.#watch(el);
  }

  async #watch(el: ConnectorWizard) {
    while (el.sending) await new Promise((resolve) => setTimeout(resolve, 250));
    // `connector-created` (or `-updated`) and an error come in the same task as the end of sending.
    await new Promise((resolve) => setTimeout(resolve));
    if (el.parentElement !== this.#aside || this.host.finished(el)) return;
    this.#ended.add(el);
    const error = this.#errors.get(el);
    if (el.connector) return this.#editEnded(el, el.connector, error);
    // Made, said the server, in an answer that is no connector (so no event): the wizard has deleted its draft.
    if (el.currentStep === 'done') return this.#gone(el, 'The connector you left was created, but the server’s answer could not be read: look for it in the list.');
    // No answer (or none to an earlier attempt): it may have been made.
    const unknown = error === 'network';
    const what = unknown
      ? 'We could not tell whether the connector you left was created'
      : `The connector you left was not created${error ? '' : ': the server asked for changes to it'}`;
    const kept = await el.saveDraft().catch(() => false);
    if (kept && (await this.host.drafts()).has(el.draftId!))
      return this.#gone(
        el,
        unknown ? `${what}: continue its draft to check (creating it again will not make it twice).` : `${what}. Its draft is under “Continue where you left off”.`,
      );
    // Its answers are in no draft (this browser keeps none, or another tab changed it): back, not lost.
    const now = this.host.bringBack(el);
    this.host.say(
      `${what}${unknown ? ': create it again to check (it will not be made twice)' : ''}. Its answers are in no draft, so it ${now ? 'is open again' : 'opens again when you leave the wizard open now'}.`,
    );
    void this.host.refresh();
  }

  /**
   * An edit keeps no draft (see openWizard): its changes are gone with it. Unknown only with no
   * answer; any other is a refusal (a 404: the connector is gone, and the list, asked for again,
   * shows it); done with an answer that is no connector: saved.
   */
  async #editEnded(el: ConnectorWizard, { id, name }: { id: unknown; name: string }, error: WizardErrorKind | undefined) {
    await this.host.refresh();
    const changes = `changes to “${name}” you left`;
    this.#gone(
      el,
      el.currentStep === 'done'
        ? `The ${changes} were saved, but the server’s answer could not be read: look at it in the list.`
        : error === 'network'
          ? `We could not tell whether the ${changes} were saved: look at it in the list, or edit it again.`
          : !this.host.listed(String(id))
            ? `The ${changes} were not saved: “${name}” no longer exists; someone else may have deleted it.`
            : `The ${changes} were not saved: the server ${error ? 'refused them' : 'asked for changes to them'}.`,
      false,
    );
  }

  /** Said, removed (its secrets with it), and the list (unless just asked for) and drafts as they are now. */
  #gone(el: ConnectorWizard, message: string, refresh = true) {
    this.host.say(message);
    el.remove();
    if (refresh) void this.host.refresh();
    void this.host.drafts();
  }
}
