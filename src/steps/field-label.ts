import { html, nothing } from 'lit';
import { textLang } from '../catalogue/localize-catalogue.js';
import type { WizardContextValue } from '../context/wizard-context.js';
import { fieldsOf } from '../schemas/lookup.js';
import type { Pointer } from '../schemas/wizard-data.js';

/**
 * The label of the field `pointer` names, as the person sees it in their language (Review names
 * the answers the same way): a catalogue label shown as written keeps its `lang`. None for a
 * pointer the wizard has no field for. A server's message in the error summary is said after it,
 * since frameworks send a field's messages without its name ("has already been taken").
 */
export function fieldLabel({ msg, system, data, locale }: WizardContextValue, pointer: Pointer): unknown {
  const own: Record<string, string | undefined> = {
    '/name': msg.name,
    '/group': msg.group,
    '/environment': msg.environment,
    '/timeZone': msg.timeZone,
    '/dateFormat': msg.dateFormat,
    '/authType': msg.authTitle,
    '/credentials/connectionRef': msg.connection,
  };
  if (Object.hasOwn(own, pointer)) return own[pointer];
  const field = fieldsOf(system, data.authType).find((f) => `/credentials/${f.key}` === pointer);
  return field && html`<bdi lang=${textLang(field, 'label', locale) ?? nothing}>${field.label}</bdi>`;
}
