import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import { parseCatalogue } from '../catalogue/parse-catalogue.js';
import { safeUrl } from '../catalogue/safe-url.js';
import type { Messages } from '../messages/messages.js';

export type CatalogueState =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'ready'; catalogue: Catalogue }
  | { status: 'error'; problems: string[] };

export interface CatalogueControllerOptions {
  messages: () => Messages;
  /** A `catalogue-src` load failed (an async result, so the host hears of it as an event). */
  loadFailed: (message: string) => void;
}

/**
 * Owns the catalogue: validates an object the host sets, or fetches and validates
 * `catalogue-src`. A removed element aborts its fetch; reconnecting starts it again.
 */
export class CatalogueController implements ReactiveController {
  state: CatalogueState = { status: 'none' };
  #fetching?: AbortController;
  #src?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: CatalogueControllerOptions,
  ) {
    host.addController(this);
  }

  get catalogue(): Catalogue | undefined {
    return this.state.status === 'ready' ? this.state.catalogue : undefined;
  }

  hostConnected(): void {
    if (this.state.status === 'loading' && this.#src && !this.#fetching) this.load(this.#src);
  }

  hostDisconnected(): void {
    this.#fetching?.abort();
    this.#fetching = undefined;
  }

  /** Validates a catalogue object. Problems are shown in the element; no event (the host set it). */
  set(input: unknown): void {
    this.#abort();
    const result = parseCatalogue(input);
    this.#update(result.ok ? { status: 'ready', catalogue: result.catalogue } : { status: 'error', problems: result.problems });
  }

  clear(): void {
    this.#abort();
    this.#update({ status: 'none' });
  }

  load(src: string): void {
    this.#abort();
    this.#src = src;
    const controller = new AbortController();
    this.#fetching = controller;
    this.#update({ status: 'loading' });
    const msg = this.options.messages();
    const fail = (problem: string) => {
      if (controller.signal.aborted) return;
      this.#fetching = undefined;
      this.#update({ status: 'error', problems: [problem] });
      this.options.loadFailed(problem);
    };
    const url = safeUrl(src);
    if (!url) return fail(msg.catalogueLoadFailed('catalogue-src must be https: or on this site'));
    fetch(url, { signal: controller.signal, credentials: 'same-origin', redirect: 'error' })
      .then(async (response) => {
        if (!response.ok) return fail(msg.catalogueLoadFailed(`HTTP ${response.status}`));
        let json: unknown;
        try {
          json = await response.json();
        } catch {
          return fail(msg.catalogueNotJson);
        }
        if (controller.signal.aborted) return;
        this.#fetching = undefined;
        const result = parseCatalogue(json);
        if (result.ok) this.#update({ status: 'ready', catalogue: result.catalogue });
        else fail(result.problems.join(' '));
        if (!result.ok) this.#update({ status: 'error', problems: result.problems });
      })
      .catch((error: unknown) => fail(msg.catalogueLoadFailed(error instanceof Error ? error.message : 'network error')));
  }

  #abort() {
    this.#fetching?.abort();
    this.#fetching = undefined;
    this.#src = undefined;
  }

  #update(state: CatalogueState) {
    this.state = state;
    this.host.requestUpdate();
  }
}
