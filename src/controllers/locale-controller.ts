import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadMessages, requestedLanguage, supportedLocale } from '../messages/locale.js';
import type { Messages } from '../messages/messages.js';
import { WizardErrorEvent } from '../events/error-event.js';

/**
 * The language the element speaks: its own `lang`, else the nearest `lang` up the tree, else
 * the browser's. Shipped locales other than English load on demand; a page that switches
 * `lang` on `<html>` or on any element of the page (a container the wizard is in) is followed
 * without a reload.
 */
export class LocaleController implements ReactiveController {
  /** The shipped locale in use. */
  locale = 'en';
  /** Its messages; `undefined`: English (also until another locale has loaded). */
  messages?: Messages;
  /** The tag asked for, regional part included ("fr-ca": a `lang` read by languageTag), for catalogue variants. */
  requested = 'en';
  /** The locale whose file is being fetched. */
  #loading?: string;
  /** The locale whose file could not be loaded, while the tag asked for stays the same. */
  #failed?: string;
  /** Made on connect: constructed on a server (SSR), the element has no MutationObserver. */
  #pageLang?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    this.update();
    this.#pageLang ??= new MutationObserver(() => this.update());
    // Any `lang` in the trees the wizard sits in (the page's, and each shadow root up to it): its container may be what a language switch sets.
    for (let root = this.host.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
      this.#pageLang.observe(root instanceof ShadowRoot ? root : this.host.ownerDocument.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
      if (!(root instanceof ShadowRoot)) break;
    }
  }

  hostDisconnected(): void {
    this.#pageLang?.disconnect();
  }

  /** Catalogue variants follow the requested tag when its language is the one in use ("fr-CA" in French), else the shipped one. */
  get catalogueLanguage(): string {
    return this.requested.toLowerCase().split('-')[0] === this.locale ? this.requested : this.locale;
  }

  /**
   * Looks again at `lang` (the host calls this when its own `lang` attribute changes). A locale
   * whose file could not be loaded is not spoken (nor claimed in `lang`): the element goes on in
   * the one it speaks, tells the host, and loads it again once the tag asked for changes (not at
   * any `lang` set elsewhere on the page, which the observer sees too).
   */
  update(): void {
    const requested = requestedLanguage(this.host);
    // Another region of the same language ("en-GB" after "en-US") changes only catalogue variants.
    if (requested !== this.requested) {
      this.host.requestUpdate();
      this.#failed = undefined;
    }
    this.requested = requested;
    const locale = supportedLocale(requested);
    if (locale === this.locale || locale === this.#loading || locale === this.#failed) return;
    this.#loading = locale;
    loadMessages(locale).then(
      (messages) => {
        if (this.#loading === locale) this.#loading = undefined;
        if (supportedLocale(requestedLanguage(this.host)) !== locale) return;
        this.locale = locale;
        this.messages = messages;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (this.#loading === locale) this.#loading = undefined;
        if (supportedLocale(requestedLanguage(this.host)) !== locale) return;
        this.#failed = locale;
        const why = error instanceof Error ? error.message : String(error);
        this.host.dispatchEvent(new WizardErrorEvent('network', `The ${locale} messages could not be loaded, so the form goes on in the language it speaks: ${why}`));
      },
    );
  }
}
