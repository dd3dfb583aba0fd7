/**
 * The endpoint's connectors, for the one-live-one-testing rule (flow.ts asks through it): asked once per endpoint, again when told to
 * (a move, a 409, back online, new headers after a refusal). Another endpoint's connectors never count, nor what a create or a save made there.
 */
import { endpointUrl } from '../config/url-policy.js';
import type { SubmissionController } from '../controllers/submission-controller.js';
import { cleanExisting } from './clean.js';
import type { FlowHost } from './later-api.js';
import type { FlowRequestOptions } from './request-options.js';
import * as t from './state/request-transitions.js';

export class EndpointList {
  #from?: string; // The endpoint whose connectors were last asked for.
  #refused = false; // Its list was refused (401/403) or could not be asked (requestHeaders): new headers ask again.
  #headersMeanwhile = false; // New headers came while the list was being asked: asked again if that ask is refused.
  #dropped?: string; // What the last list read left out, as said to the host: not said again for the same list, again after a clean one.
  readonly #online = () => void (this.h.host.isConnected && this.load(true)); // The same function each time: added once.

  constructor(
    private readonly h: FlowHost,
    private readonly submission: SubmissionController,
    private readonly options: () => FlowRequestOptions,
  ) {}

  /** The endpoint's connectors; another endpoint's never count: they go when it changes (so does what an edit's 412 read there, and what was made there), its late answer too. */
  async load(again: boolean | 'refused' = false): Promise<void> {
    if (again === 'refused' && !this.#refused) return void (this.#headersMeanwhile = true);
    const url = endpointUrl(this.h.config().endpoint);
    const from = url.ok ? url.url : undefined;
    if (from === this.#from && (!again || !from)) return;
    if (from !== this.#from) this.h.store.update((s) => t.endpointChanged(s, from));
    this.#from = from;
    // A list being asked is not refused: the same headers again (a new object each render) ask nothing more.
    this.#refused = this.#headersMeanwhile = false;
    const list = from && (await this.submission.list(from, this.options()));
    if (!list || from !== this.#from) return;
    this.#refused = !Array.isArray(list) && (list.failed === 'auth' || list.failed === 'config');
    if (this.#refused && this.#headersMeanwhile) return this.load('refused');
    // Offline, nothing was asked: asked again once the browser is back online, while the element is in the page (once, however often it failed: one listener).
    if (!Array.isArray(list) && list.detail === 'offline') addEventListener('online', this.#online, { once: true });
    if (Array.isArray(list)) {
      // Entries left out hold no slot: said, as the host's own are (cleanExisting), once per problem (again after a clean list).
      const dropped = list.dropped ? `${list.dropped} of ${list.length + list.dropped} entries left out` : undefined;
      if (dropped && dropped !== this.#dropped)
        this.h.fail(
          'server',
          `The connectors at the endpoint: ${dropped}: each needs an id (text or a whole number), a text name and system, and an environment of live or test.`,
        );
      this.#dropped = dropped;
      this.h.store.update((s) => t.existingLoaded(s, cleanExisting(list)));
    }
    // The person can still finish: a slot taken is then said by the server's 409, at Create.
    else
      this.h.fail(
        list.failed,
        `The connectors at the endpoint could not be listed (${list.detail}), so a live or testing slot already taken is found only when the server refuses the create.`,
      );
  }

  /**
   * The answer to a create or a save sent to `url`, shown (`outcome`): what it made counts for the rule only while that is still the
   * element's endpoint; one the host switched meanwhile has its own list, in which the connector made at the old one holds no slot.
   */
  answered<T>(url: string, outcome: T): T {
    if (this.movedFrom(url)) this.h.store.update(t.madeElsewhere);
    return outcome;
  }

  /** The element's endpoint is not `url` any more: the host set another (or none) since a request was sent there. */
  movedFrom(url: string): boolean {
    const now = endpointUrl(this.h.config().endpoint);
    return !now.ok || now.url !== url;
  }
}
