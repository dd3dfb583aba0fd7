import { html } from 'lit';
import type { AuthTypeDefinition, SystemDefinition } from '../../catalogue/catalogue-schema.js';
import type { Messages } from '../../messages/messages.js';
import { namingSystem } from '../marked-names.js';
import { authTypeNamed } from '../told-apart.js';

/** What the Credentials step says first: the system signed in to, and the way to sign in (with its id where another is labelled alike). */
export const stepIntro = (msg: Messages, system: SystemDefinition, authType: AuthTypeDefinition, locale: string) =>
  html`<p>${namingSystem(system, locale, msg.credentialsIntro)}</p>
    <p class="hint">${msg.authTitle}${msg.colon} <strong>${authTypeNamed(system.authTypes, authType, locale)}</strong></p>`;
