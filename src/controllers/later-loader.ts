import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { retryingImport } from '../retrying-import.js';
import { focusFree } from './asked-focus.js';
import type { LaterModule } from '../wizard/later-api.js';

/** One load per page, shared by every wizard on it. */
let later: LaterModule | undefined;
let laterLoad: Promise<LaterModule> | undefined;
/** After a failure, from a URL the browser has not cached the failure of. */
const importLater = retryingImport((): Promise<LaterModule> => import('../wizard/later.js'));

function loadLater(): Promise<LaterModule> {
  laterLoad ??= importLater().then(
    (module) => (later = module),
    (error: unknown) => {
      laterLoad = undefined;
      throw error;
    },
  );
  return laterLoad;
}

export type LaterStatus = 'idle' | 'loading' | 'ready' | 'failed';

export interface LaterLoaderOptions {
  /** The module is there (the first time, for this element). */
  loaded: (module: LaterModule) => void;
  /** A load a step needed failed: the element says so, with Try again. */
  failed: (error: unknown) => void;
}

/**
 * The later module for one element: loads it when a step needs it, fetches it ahead once the
 * first step is on screen, and after a failure loads it again with Try again, then repeats what
 * the person had asked for.
 */
export class LaterLoader implements ReactiveController {
  /** The focus was in the wizard when the load under way began. */
  #focusWasIn = false;
  status: LaterStatus = later ? 'ready' : 'idle';
  #loading?: Promise<LaterModule | undefined>;
  /** What Try again repeats: what the person had asked for, else just the load. */
  #retry?: () => unknown;
  #announced = false;
  #prefetched = false;
  /** Counts new connectors and Cancels: what asked for the load before one is not done when it arrives. */
  #round = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LaterLoaderOptions,
  ) {
    host.addController(this);
  }

  /** How many new connectors and Cancels there were. */
  get round(): number {
    return this.#round;
  }

  /** The module, once loaded on this page. */
  get module(): LaterModule | undefined {
    return later;
  }

  /** The load under way, if any (`updateComplete` waits for it). */
  get loading(): Promise<LaterModule | undefined> | undefined {
    return this.#loading;
  }

  /** Another wizard on the page may have loaded it already. */
  hostConnected(): void {
    if (later) this.#ready(later);
  }

  /** The module, loaded if need be (undefined if that fails). `retry` is what Try again repeats should this load fail. */
  need(retry?: () => unknown): Promise<LaterModule | undefined> {
    // The first caller with something to repeat keeps it (a restored step, Continue, Create).
    if (retry && !this.#loading) this.#retry = retry;
    else this.#retry ??= retry;
    if (!this.#loading) {
      // The person was in the wizard (Continue, Enter, Try again): a failure gives the focus back there, never takes it from the page.
      // (`:focus-within`, not the document's active element: that is the outermost host when the wizard sits in another shadow root.)
      this.#focusWasIn = (this.host as ReactiveControllerHost & Partial<Element>).matches?.(':focus-within') === true;
      this.status = 'loading';
      this.#loading = this.#load().finally(() => {
        this.#loading = undefined;
        this.host.requestUpdate();
        // The step (or Try again) left the page while it loaded, and the focus with it: the new Try again takes it.
        if (this.status === 'failed') void this.host.updateComplete.then(() => this.#focusRetry());
      });
      this.host.requestUpdate();
    }
    return this.#loading;
  }

  /**
   * As `need`, for what the person asked for (Continue, Create, a step): undefined also if they
   * start over or cancel before the module arrives, so it is not done then.
   */
  async needFor(retry: () => unknown): Promise<LaterModule | undefined> {
    const round = this.#round;
    const module = await this.need(retry);
    return round === this.#round ? module : undefined;
  }

  async #load(): Promise<LaterModule | undefined> {
    try {
      const module = await loadLater();
      this.#retry = undefined;
      this.#ready(module);
      return module;
    } catch (error) {
      this.status = 'failed';
      this.options.failed(error);
      return undefined;
    }
  }

  #focusRetry() {
    if (!this.#focusWasIn || document.activeElement !== document.body) return;
    (this.host as ReactiveControllerHost & Partial<Element>).shadowRoot?.querySelector<HTMLElement>('[part~="retry"]')?.focus();
  }

  #ready(module: LaterModule) {
    this.status = 'ready';
    if (this.#announced) return;
    this.#announced = true;
    this.options.loaded(module);
    this.host.requestUpdate();
  }

  /**
   * Loads again, then repeats what was asked for (if it still applies). `refocus` is called when
   * it worked and Try again had the focus: the button went while loading, so the step that comes
   * takes it (before what is repeated, which may send it on), unless the person went elsewhere meanwhile (see focusFree).
   */
  tryAgain(refocus?: () => void): void {
    const retry = this.#retry;
    this.#retry = undefined;
    const host = this.host as ReactiveControllerHost & Partial<Element>;
    const within = host.matches?.(':focus-within') === true;
    void this.need(retry).then((module) => {
      if (!module) return;
      if (within && focusFree(host as Element)) refocus?.();
      retry?.();
    });
  }

  /** A new connector, or Cancel: nothing asked for before is repeated, or done when the load arrives. */
  forget(): void {
    this.#retry = undefined;
    this.#round++;
  }

  /** The module for work nobody waits for: a failure is quiet (the next step asks again, and says so if it fails then). */
  quietly(): Promise<LaterModule | undefined> {
    return loadLater().then(
      (module) => {
        this.#ready(module);
        return module;
      },
      () => undefined,
    );
  }

  /** Called once the first step is on screen: the rest is fetched while the person reads it. */
  prefetch(): void {
    // Another wizard on the page loaded it meanwhile: this one takes it now.
    if (later) return this.#ready(later);
    if (this.#prefetched) return;
    this.#prefetched = true;
    const fetchLater = () => void this.quietly();
    if ('requestIdleCallback' in window) requestIdleCallback(fetchLater, { timeout: 2000 });
    else setTimeout(fetchLater, 200);
  }
}
