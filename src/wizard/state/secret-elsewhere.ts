/**
 * The `secret-elsewhere` notice: a value shown in clear here (its field plain in this catalogue)
 * that another tab, whose catalogue marks the field secret, took out of the shared draft.
 */
import { isSecretField, type Catalogue } from '../../catalogue/catalogue-schema.js';
import { own } from '../../schemas/id-record.js';
import type { WizardData } from '../../schemas/wizard-data.js';

/** The fields plain here that the answers name among the secrets entered (only a catalogue that marks them secret does). */
function namedSecret(data: WizardData, catalogue: Catalogue | undefined): { authType: string; key: string }[] {
  const system = catalogue?.systems.find((sys) => sys.id === data.system);
  return (system?.authTypes ?? []).flatMap((a) =>
    (own(data.secretsEntered, a.id) ?? []).filter((key) => a.fields.some((f) => f.key === key && !isSecretField(f))).map((key) => ({ authType: a.id, key })),
  );
}

const filled = (data: WizardData, authType: string, key: string) => ![undefined, ''].includes(own(own(data.credentials, authType), key) as string);

/**
 * A value shown before (`shown`) that the answers followed (`now`: as they stand once restored, a value the draft holds sealed
 * back among them) no longer have, its field named among the secrets entered: it left the draft, and is said to have.
 */
export const securedElsewhere = (shown: WizardData, now: WizardData, catalogue: Catalogue | undefined): boolean =>
  namedSecret(now, catalogue).some(({ authType, key }) => filled(shown, authType, key) && !filled(now, authType, key));
