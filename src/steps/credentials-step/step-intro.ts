import { html } from 'lit';
import type { AuthTypeDefinition, SystemDefinition } from '../../catalogue/catalogue-schema.js';
import type { Messages } from '../../messages/messages.js';
import { namedIn, textLang } from '../../catalogue/localize-catalogue.js';
import { markedNames } from '../marked-names.js';
import { authTypeNamed } from '../told-apart.js';

/** What the Credentials step says first: the system signed in to, and the way to sign in (with its id where another is labelled alike). */
export const stepIntro = (msg: Messages, system: SystemDefinition, authType: AuthTypeDefinition, locale: string) =>
  html`<p>${markedNames(msg.credentialsIntro(namedIn(system, 'name', locale)), [{ text: system.name, lang: textLang(system, 'name', locale) }])}</p>
    <p class="hint">${msg.authTitle}${msg.colon} <strong>${authTypeNamed(system.authTypes, authType, locale)}</strong></p>`;
