/**
 * The host's `connector` the wizard does not open (see WizardSession): one that cannot be opened, whose why is said instead, and
 * the one the person moved on from. Held in the state, so what the screen says of it (`unopenedConnector`) is read from the store.
 * Neither is the connector's own session: clearSession keeps both.
 */
import type { EditableConnector, WizardState } from './wizard-state.js';

/** The same connector, whatever object carries it (a host's list fetched again gives new ones): its id and system. */
export const sameConnector = (a: EditableConnector | null | undefined, b: EditableConnector | undefined): boolean =>
  Boolean(a && b && String(a.id) === String(b.id) && a.system === b.system);

/** The host's `connector` that cannot be opened (its system is not in the catalogue, or it has no usable id), or none. */
export const unopenable = (s: WizardState, connector: EditableConnector | undefined): WizardState => (s.unopenable === connector ? s : { ...s, unopenable: connector });

/** The host's `connector` the person moved on from (a saved edit, then "Add another connector"): not opened again; none once the host clears it. */
export const movedOn = (s: WizardState, connector: EditableConnector | undefined): WizardState => (s.movedOn === connector ? s : { ...s, movedOn: connector });

/** The host's `connector`, unless the person moved on from it. */
export const notMovedOn = (s: Pick<WizardState, 'movedOn'>, connector: EditableConnector | null | undefined): EditableConnector | undefined =>
  connector && !sameConnector(connector, s.movedOn) ? connector : undefined;

/** The host's `connector` when it could not be opened and the person has not moved on from it: why is said, never silently a new connector. */
export const unopenedConnector = (s: Pick<WizardState, 'unopenable' | 'movedOn'>, connector: EditableConnector | null | undefined): EditableConnector | undefined =>
  connector && connector === s.unopenable ? notMovedOn(s, connector) : undefined;
