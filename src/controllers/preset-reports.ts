import type { Catalogue } from '../catalogue/catalogue-schema.js';
import { cut } from '../catalogue/cut.js';
import type { WizardErrorKind } from '../events/error-event.js';
import type { Group } from '../schemas/wizard-data.js';
import { systemOf } from '../wizard/state/selectors.js';
import { systemNotOffered } from './catalogue-controller.js';

/** What the host is told of its `system` and `group` presets that the catalogue or the groups do not offer: once each, never applied. */
export class PresetReports {
  /** The `system` preset and catalogue last looked at (a preset the catalogue lacks is reported once per catalogue). */
  #presetSeen?: { system?: string; catalogue: unknown };
  /** The `group` preset last reported as not offered (reported once per value, while it is not offered). */
  #groupSaid?: string;

  constructor(private readonly fail: (kind: WizardErrorKind, message: string) => void) {}

  /** The wizard says it cannot go on; the host is told once, as for a `connector` of an unknown system. */
  system(catalogue: Catalogue, system: string | undefined): void {
    const seen = this.#presetSeen;
    if (system && (system !== seen?.system || catalogue !== seen.catalogue) && !systemOf(catalogue, system))
      this.fail('config', systemNotOffered(catalogue, 'The system attribute', system));
    this.#presetSeen = { system, catalogue };
  }

  /**
   * A `group` preset the groups do not offer is never applied: the host is told once per value
   * (while the groups offer it, or while an edit leaves the presets aside, nothing is said). The
   * company's only group is then the one shown on General and Review and sent, as without a
   * preset; among several, the person chooses.
   */
  group(group: string | undefined, groups: readonly Group[], editing: boolean): void {
    // An empty `group` (a template rendering a missing value) is no preset, as transitions read it.
    const notOffered = !!group && groups.length > 0 && !groups.some((g) => g.id === group);
    if (!notOffered) this.#groupSaid = undefined;
    if (!notOffered || group === this.#groupSaid || editing) return;
    this.#groupSaid = group;
    const only = groups.length === 1 ? `the connector goes in the only group offered, "${cut(groups[0]!.id)}"` : 'the person chooses one of the groups offered';
    this.fail('config', `The group attribute names a group the groups do not offer: "${cut(group)}"; ${only}.`);
  }
}
