import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import type { catalogueText } from '../catalogue/catalogue-text.js';
import { retryingImport } from '../retrying-import.js';
import { cut } from '../catalogue/cut.js';
import { parseCatalogue, summariseProblems, type CatalogueProblem, type CatalogueResult } from '../catalogue/parse-catalogue.js';
import { valueAt } from '../catalogue/input-paths.js';
import { copyComparing } from '../catalogue/read-copy.js';
import { rebase } from '../catalogue/rebase.js';
import { blankUrl, holdsLogin, safeUrl } from '../catalogue/safe-url.js';
import { timeoutOf } from '../config/request-timeout.js';
import { shellMessages, type Messages } from '../messages/messages.js';

/** The reader of a catalogue that is not UTF-8, loaded only for one: after a failure (said with Try again), from a URL whose failure the browser has not kept. */
const importText = retryingImport(() => import('../catalogue/catalogue-text.js'));
let textModule: ReturnType<typeof importText> | undefined;
const loadText = () =>
  (textModule ??= importText().catch((error: unknown) => {
    textModule = undefined;
    throw error;
  }));

/** A problem as the parser words it (English), or as words to say in the wizard's language (a failed fetch). */
export type CatalogueProblemText = string | ((msg: Messages) => string);

/**
 * `unloaded`: the catalogue could not be fetched, or its answer read; `retry`: trying again may
 * help (network, HTTP error).
 */
export type CatalogueState =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'ready'; catalogue: Catalogue; leftOut: readonly string[] }
  | { status: 'error'; problems: readonly CatalogueProblemText[]; unloaded?: true; retry?: true };

/**
 * Why a system the page names (`system`, an edited connector's) is not offered: its entry could not be read, or it is not in the
 * catalogue (compared whole: ids may begin alike). The id is said cut as a problem line cuts it (ids have no length limit): an alert is read out whole.
 */
export const notOffered =
  (state: CatalogueState, id: string) =>
  (msg: Messages): string =>
    state.status === 'ready' && state.leftOut.includes(id) ? msg.unreadableSystem(cut(id)) : msg.unknownSystem(cut(id));

/**
 * What the host hears of a system the page names (`what`: the system attribute, the connector to edit) that the catalogue does not
 * offer. Ids are compared exactly, so one offered in another case (`shopify` for `Shopify`, as a server may write it) is named.
 */
export function systemNotOffered(catalogue: Catalogue | undefined, what: string, id: string): string {
  const other = catalogue?.systems.find((s) => s.id.toLowerCase() === id.toLowerCase());
  const twin = other ? `; it offers "${cut(other.id)}": ids are compared exactly, case included` : '';
  return `${what} names a system the catalogue does not offer (missing, or left out for a problem reported as kind catalogue): "${cut(id)}"${twin}.`;
}

/** What the host hears of an answer that is a web page, not the catalogue (said to the person as any answer that is not JSON). */
const PAGE =
  'catalogue-src answered with a web page, not JSON: it starts with "<", as a sign-in or error page does, or what a site answers for an address it does not have; point it at the file itself';

/**
 * What the host hears of a YAML file (its comments, then a `%YAML` or `---`, or a `key:` line followed by another `key:` or a `- ` item),
 * which JSON.parse cannot read and this element does not. One `Error: …` line of plain text is no YAML. Lines may end in CRLF, as saved on Windows.
 */
const YAML = /^(?:\s*#.*\r?\n)*\s*(?:%YAML|---|[\w"'.-]+[ \t]*:(?:[ \t].*)?\r?\n(?:[ \t]*(?:#.*)?\r?\n)*[ \t]*(?:[\w"'.-]+[ \t]*:(?:\s|$)|-\s))/u;

/** Problems listed in the element (in English, like the problems themselves) when nothing can be offered; the event carries them all. */
const SHOWN_PROBLEMS = 10;

export interface CatalogueControllerOptions {
  /** The host's `requestTimeout`: a fetch with no answer by then fails, with Try again. */
  timeout: () => unknown;
  /**
   * A catalogue could not be loaded, or was read with problems (systems left out, texts
   * shortened, patterns ignored). Called once per catalogue read, so the host hears of each
   * problem once.
   */
  report: (message: string, problems: readonly CatalogueProblem[]) => void;
  /** A catalogue shown as unreachable loaded once the browser was back online, with nothing pressed: the person is told (the focus may be anywhere). */
  backOnline: () => void;
}

/**
 * Catalogue objects a host set, each with a copy of what was read and what came of it: a page that opens a wizard again (or shows
 * several) with the same object has it read once, not validated again by each new element (almost half of a warm first render's
 * script). Checked against the copy, never trusted by identity alone: a host may change its object in place between two wizards, and
 * one changed is read again. Weak: a catalogue the host lets go is not held here. What is shared is never changed (the context's
 * catalogue is replaced, not mutated; rebase, which changes one, is for a fetched catalogue, which is not kept here).
 */
const readBefore = new WeakMap<object, { copy: unknown; result: CatalogueResult }>();

/**
 * Owns the catalogue: validates an object the host sets, or fetches and validates
 * `catalogue-src`. A removed element aborts its fetch (a move does not); reconnecting starts it again.
 */
export class CatalogueController implements ReactiveController {
  state: CatalogueState = { status: 'none' };
  #fetching?: AbortController;
  #src?: string;
  /** `#src` is yet to be fetched and read (a removal aborted its fetch: reconnecting starts it again). */
  #unread = false;
  /** `#src` was read and is in use: the same URL set again has nothing new to give. */
  #inUse = false;
  /** `#src` failed while the browser was offline: fetched again once it is back online. */
  #offline = false;
  /** A copy of the catalogue object last read (see set). */
  #copy?: [unknown];
  /** From Try again until its outcome shows; aborted when the person clicks or focuses something. */
  #watch?: AbortController;

  /**
   * Back online after a fetch failed offline: the same `catalogue-src` again, unless another was set (or a catalogue object), or the
   * element left the page. Its problems on screen go as after Try again: a focus on Try again goes to the new one if it fails again.
   */
  readonly #online = () => {
    if (this.#src && !this.#fetching && !this.#inUse && (this.host.renderRoot as Node).isConnected)
      if (this.state.status === 'error') this.retry(true);
      else this.load(this.#src, 'reload');
  };

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    private readonly options: CatalogueControllerOptions,
  ) {
    host.addController(this);
  }

  get catalogue(): Catalogue | undefined {
    return this.state.status === 'ready' ? this.state.catalogue : undefined;
  }

  /** Whole ids of the systems left out because their entries could not be read (the host hears of each cut: ids may begin alike). */
  get leftOut(): readonly string[] {
    return this.state.status === 'ready' ? this.state.leftOut : [];
  }

  hostConnected(): void {
    if (this.#unread && this.#src && !this.#fetching) this.load(this.#src);
    // Failed offline, then removed (its `online` listener went with it): back online meanwhile, fetched now.
    else if (this.#offline) this.#whenOnline();
  }

  /** One listener, however often it failed (the same function each time). */
  readonly #whenOnline = () => (navigator.onLine ? this.#online() : addEventListener('online', this.#online, { once: true }));

  hostDisconnected(): void {
    removeEventListener('online', this.#online);
    // Removed, not moved (a move reconnects in the same task): a move goes on with the fetch under way.
    setTimeout(() => {
      if ((this.host.renderRoot as Node).isConnected) return;
      this.#fetching?.abort();
      this.#fetching = undefined;
      this.#watch?.abort();
      this.#watch = undefined;
    });
  }

  /**
   * Reads a catalogue object the host set: one with nothing usable leaves one on screen in place, as a new `catalogue-src` does.
   * One equal to the last one read (a framework passes a new object on every render) is not read again, nor its problems said again.
   */
  set(input: unknown): void {
    let copy: [unknown] | undefined;
    let whole = false;
    // Read by another wizard (see readBefore), unchanged since: what came of it serves again.
    const kept = this.#copy ? undefined : readBefore.get(input as object);
    let again: typeof kept;
    try {
      const [value, same, all] = copyComparing(input, this.#copy ? this.#copy[0] : kept?.copy);
      if (same && this.#copy) return;
      copy = [value];
      whole = all;
      if (same) again = kept;
    } catch {
      // A getter that throws, a revoked proxy: read, which says so.
    }
    this.#abort();
    this.#copy = copy;
    const result = this.#read(input, this.state.status === 'ready', undefined, again?.result);
    // Kept only when the copy holds all the parser reads (copyComparing's `whole`): a class's getter or a member defined not enumerable
    // is read by the parser but in no copy, and changed behind it, the copy would still compare equal. Such a catalogue is read by each
    // new wizard.
    if (copy && whole && !again && Object(input) === input) readBefore.set(input as object, { copy: copy[0], result });
  }

  clear(): void {
    this.#abort();
    this.#update({ status: 'none' });
  }

  /**
   * `catalogue-src` as the host set it (a `URL` object too, as fetch takes one). None, or white
   * space alone (no URL: the parser would leave the page's own), is no catalogue. The same URL
   * again is the host's own Try again when it failed (past the HTTP cache too); while it loads,
   * or once it is in use, it changes nothing.
   */
  use(given: unknown): void {
    const src = String(given ?? '');
    if (blankUrl(src)) return this.clear();
    const same = src === this.#src;
    if (!same || !(this.#fetching || this.#inUse)) this.load(src, same ? 'reload' : 'default');
  }

  /** `reload` (Try again): past the HTTP cache, which may hold the failed answer. `backOnline`: loaded with nothing pressed, in place of its failure on screen. */
  load(src: string, cache: RequestCache = 'default', backOnline = false): void {
    this.#abort();
    this.#src = src;
    const controller = new AbortController();
    this.#fetching = controller;
    this.#unread = true;
    // A catalogue on screen stays while another loads: the step (what is typed in it, the focus) is
    // kept, and swapped in place; should the new one fail, the person goes on with it and the host is told.
    const onScreen = this.state.status === 'ready';
    if (!onScreen) this.#update({ status: 'loading' });
    // Said in the wizard's language when shown (its file may come later, or change); the host hears English.
    // Words from elsewhere (a browser's error) are never in the person's sentence, only in the host's.
    const fail = (problem: (msg: Pick<Messages, keyof typeof shellMessages>) => string, retry?: true, why?: string) => {
      if (controller.signal.aborted) return;
      this.#fetching = undefined;
      this.#unread = false;
      if (!onScreen) this.#update({ status: 'error', problems: [problem], unloaded: true, ...(retry && { retry }) });
      this.options.report(why ? shellMessages.catalogueLoadFailed(why) : problem(shellMessages), []);
    };
    const url = safeUrl(src);
    if (!url)
      return fail(
        (msg) => msg.catalogueLoadFailed('catalogue-src'),
        undefined,
        `catalogue-src must ${holdsLogin(src) ? 'not hold a user name or password' : 'be https: or on this site'}`,
      );
    // A server that never answers would leave "Loading systems…" for good. A big catalogue still
    // arriving is an answer: the time limit runs from the last bytes received.
    const idle = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const waitAgain = () => {
      clearTimeout(timer);
      timer = setTimeout(() => idle.abort(), timeoutOf(this.options.timeout()));
    };
    const signal = AbortSignal.any([controller.signal, idle.signal]);
    let answered = false;
    // A redirect is not followed, and said as one (a login page, a moved file): asking again cannot help.
    const get = (again?: true): Promise<void> => {
      waitAgain();
      return fetch(url, { signal, credentials: 'same-origin', redirect: 'manual', cache })
        .then(async (response) => {
          answered = true;
          if (response.type === 'opaqueredirect')
            return fail((msg) => msg.catalogueLoadFailed('HTTP 3xx'), undefined, 'catalogue-src answered with a redirect, which is not followed: point it at the file itself');
          if (!response.ok) return fail((msg) => msg.catalogueLoadFailed(`HTTP ${response.status}`), true);
          // A body cut off on the way (the connection dropped) is the network's failure, with Try
          // again (the catch below); only one that arrived whole and is not JSON is the file's.
          const parts: Uint8Array[] = [];
          // A body of null (a Response a service worker makes) is an empty file: not JSON.
          const reader = response.body?.getReader();
          for (let part = await reader?.read(); part && !part.done; part = await reader!.read()) {
            parts.push(part.value);
            waitAgain();
          }
          let json: unknown;
          // Decoded as response.json() does (UTF-8, a byte order mark dropped); what UTF-8 lost is looked at apart (loaded only then).
          const blob = new Blob(parts as BlobPart[]);
          let read: ReturnType<typeof catalogueText> = { text: await blob.text() };
          if (read.text.includes('\uFFFD')) read = (await loadText()).catalogueText(new Uint8Array(await blob.arrayBuffer()), read.text, response.headers.get('content-type'));
          const { text, notUtf8, gzip } = read;
          try {
            json = JSON.parse(text);
          } catch (error) {
            // A page where the file should be (a sign-in page, a site's own page for an address it does not have), YAML, or JSON
            // broken somewhere in a big file: the host hears which, and where the parser stopped (a character it names by its first
            // UTF-16 unit, half an emoji, as U+FFFD: half a pair is no text a log can show).
            const why =
              gzip ??
              (/^\s*</u.test(text)
                ? PAGE
                : YAML.test(text)
                  ? 'catalogue-src answered with YAML, which is not read: serve the catalogue as JSON'
                  : text.trim() && `catalogue-src is not JSON: ${(error as Error).message.replace(/\p{Cs}/gu, '\uFFFD')}`);
            return fail((msg) => msg.catalogueNotJson, undefined, why || undefined);
          }
          if (controller.signal.aborted) return;
          this.#fetching = undefined;
          this.#unread = false;
          const result = parseCatalogue(json);
          if (notUtf8) result.problems.unshift(notUtf8);
          if (this.#read(json, onScreen, url, result).ok && backOnline) this.options.backOnline();
        })
        .catch(async (error: unknown) => {
          const why = signal.aborted ? 'no answer in time' : error instanceof Error ? error.message : 'network error';
          // Another origin that does not let this page read its answer fails as the network does (the browser says no more). A server
          // that answers a request whose answer is not read (no-cors) is there: asked once more (a connection lost on the way fails
          // as CORS does), it lacks CORS, which the host must add, only if that fails too. Each ask has a whole time limit of its own.
          // Its origin is quoted cut, as an id is: a host name has no length limit here.
          const origin = new URL(url).origin;
          if (!answered && !signal.aborted && navigator.onLine && origin !== self.origin) {
            if (again)
              return fail(
                (msg) => msg.catalogueLoadFailed('CORS'),
                true,
                `catalogue-src is on another origin (${cut(origin)}), whose answer does not let this page read it: its server must send Access-Control-Allow-Origin with this page's origin (${self.origin}) or *`,
              );
            waitAgain();
            if (await fetch(url, { mode: 'no-cors', cache: 'no-store', signal }).then(Boolean, () => false)) return get(true);
          }
          // Offline (by now: the connection may have dropped during the no-cors ask): fetched again once the browser is back online, while
          // the element is in the page (not for a fetch its removal stopped).
          this.#offline = !navigator.onLine && !controller.signal.aborted;
          if (this.#offline) this.#whenOnline();
          fail((msg) => msg.catalogueUnreachable, true, why);
        });
    };
    void get().finally(() => clearTimeout(timer));
  }

  /**
   * Fetches `catalogue-src` again after a failed load (Try again). Its button goes while it
   * loads, and the focus with it (to the loading text): if it fails again, the focus goes to the new Try again, or to
   * the problems' heading when asking again cannot help, unless the person clicked or focused
   * something meanwhile.
   */
  retry(backOnline = false): void {
    if (!this.#src || this.state.status !== 'error') return;
    this.#watch?.abort();
    const watch = (this.#watch = new AbortController());
    // The loading text taking the focus the button had is the wizard's doing, not the person's (AskedFocus); another wizard's is elsewhere.
    const own = (e: Event) => e.composedPath()[0] === this.host.renderRoot.querySelector('[data-loading]');
    for (const type of ['pointerdown', 'focusin']) document.addEventListener(type, (e) => own(e) || watch.abort(), { capture: true, signal: watch.signal });
    this.load(this.#src, 'reload', backOnline);
  }

  /**
   * Only what is broken is left out; the element shows an error only when nothing is left (and,
   * for a new `catalogue-src`, no catalogue is on screen: `keep`).
   */
  /**
   * `base`: the URL it was fetched from, which its relative links and logos name files beside. `result`: what reading this same
   * catalogue gave before (see readBefore), taken in use and said again as if read now.
   */
  #read(input: unknown, keep = false, base?: string, result = parseCatalogue(input)): CatalogueResult {
    this.#inUse = result.ok;
    if (result.ok && base) rebase(result.catalogue, base);
    // The whole ids of systems left out because their entries could not be read (problems carry them cut, and two may begin alike): a page
    // that names one is told so (see notOffered). Read again only where a problem could name one (never a revoked proxy).
    const leftOut = result.problems.flatMap((p) => {
      const id = p.action === 'system-left-out' && p.system !== undefined && valueAt(input, ['systems', Number(/^systems\[(\d+)/u.exec(p.path)?.[1]), 'id']);
      return typeof id === 'string' ? [id] : [];
    });
    if (result.ok) this.#update({ status: 'ready', catalogue: result.catalogue, leftOut });
    else if (!keep) {
      const shown = result.problems.slice(0, SHOWN_PROBLEMS).map((p) => p.message);
      const more = result.problems.length - shown.length;
      this.#update({ status: 'error', problems: more > 0 ? [...shown, `…and ${more} more problem${more === 1 ? '' : 's'}.`] : shown });
    }
    // Each host hears of them in problems of its own: one event's detail changed by a listener is not another's.
    if (result.problems.length)
      this.options.report(
        summariseProblems(result.problems),
        result.problems.map((p) => ({ ...p })),
      );
    return result;
  }

  #abort() {
    this.#fetching?.abort();
    this.#fetching = undefined;
    this.#src = undefined;
    this.#copy = undefined;
    this.#unread = false;
    this.#inUse = false;
    this.#offline = false;
  }

  #update(state: CatalogueState) {
    this.state = state;
    this.host.requestUpdate();
    const watch = this.#watch;
    if (state.status === 'loading' || !watch) return;
    this.#watch = undefined;
    void this.host.updateComplete.then(() => {
      const root = this.host.renderRoot;
      if (state.status === 'error' && !watch.signal.aborted && document.activeElement === document.body)
        (root.querySelector<HTMLElement>('[part~="retry"]') ?? root.querySelector<HTMLElement>('[part~="catalogue-error"] > [tabindex]'))?.focus();
      watch.abort();
    });
  }
}
