import { html, nothing } from 'lit';
import type { CredentialField } from '../../catalogue/catalogue-schema.js';
import { textLang } from '../../catalogue/localize-catalogue.js';
import type { WizardContextValue } from '../../context/wizard-context.js';
import { isolatedIfBidi } from '../../messages/isolate.js';
import { idsToTellApart } from '../../catalogue/ids-told-apart.js';

type Option = NonNullable<CredentialField['options']>[number];

/** Each list's values to say, worked out once per list (a catalogue read anew brings new lists). */
const toldApart = new WeakMap<readonly Option[], (string | undefined)[]>();

/**
 * The value to say beside an option's label where another option of its list is labelled alike
 * ("Europe" for an old and a new data centre, as a search reads labels), as ways to sign in say
 * their ids: so the list and Review tell them apart. `undefined` for a label of its own.
 */
export function optionValueToSay(options: readonly Option[], option: Option): string | undefined {
  let values = toldApart.get(options);
  if (!values)
    toldApart.set(
      options,
      (values = idsToTellApart(
        options,
        (o) => o.label,
        (o) => o.value,
      )),
    );
  return values[options.indexOf(option)];
}

/** An option as its list shows it: text only (an option holds no <bdi>), so a label alike and the value said beside it are each isolated where they could reorder the other (a label ending in U+202E would turn the value round). */
export function optionText(options: readonly Option[], option: Option): string {
  const said = optionValueToSay(options, option);
  return said ? `${isolatedIfBidi(option.label)} (${isolatedIfBidi(said)})` : option.label;
}

/** A `select` field: "Choose …" first, then its options, each as `optionText` shows it. */
/** `chosen`: the person chose (a paste's "left as it was" about this list is then answered). */
export const listField = (
  ctx: WizardContextValue,
  field: CredentialField,
  id: string,
  value: string,
  invalid: 'true' | typeof nothing,
  describedBy: string,
  chosen: () => void,
) =>
  html`<select
    id=${id}
    part="input"
    aria-invalid=${invalid}
    aria-describedby=${describedBy || nothing}
    @change=${(e: Event) => {
      chosen();
      ctx.actions.setCredential(field.key, (e.target as HTMLSelectElement).value);
    }}
  >
    <option value="" .selected=${!value}>${ctx.msg.chooseRequired(field.label)}</option>
    ${field.options?.map((o, _, options) => html`<option .value=${o.value} .selected=${value === o.value} lang=${textLang(o, 'label', ctx.locale) ?? nothing}>${optionText(options, o)}</option>`)}
  </select>`;
