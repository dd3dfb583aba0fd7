/**
 * The URL properties as last checked: a refused value is said to the integrator
 * (`connector-wizard-error`, kind `config`) when the flow starts and when it is set, once per
 * value, not first when a person presses Create; so is an `environment` preset other than `live`
 * or `test` (not while editing: presets do not apply then), and a `secret-persistence` other than
 * `memory` or `encrypted`. Loaded with the later steps: the flow is its only user.
 */
import { cut } from '../catalogue/cut.js';
import { configUrl } from '../config/url-policy.js';
import type { FlowHost, UrlProperty } from './later-api.js';

export function urlChecks(h: Pick<FlowHost, 'config' | 'fail' | 'store'>) {
  const checked = new Map<UrlProperty, string | undefined>();
  /** Whether `property` holds a value not checked yet. Each value once (checks run on every update): set again, or set before the first render (the flow may come first), it is not said twice. */
  const changed = (property: UrlProperty): boolean => {
    const value = h.config()[property];
    return checked.get(property) !== value && Boolean(checked.set(property, value));
  };
  return {
    changed,
    /** The endpoints, the `environment` preset and `secret-persistence`; the OAuth URLs are the OAuth flow's to say, through `changed`. */
    checkEndpoints(): void {
      for (const [property, attribute] of [
        ['endpoint', 'endpoint'],
        ['testEndpoint', 'test-endpoint'],
      ] as const) {
        const value = h.config()[property];
        if (!changed(property) || !value) continue;
        const url = configUrl(attribute, value);
        if (!url.ok) h.fail('config', `The ${attribute} attribute was refused: ${url.reason}. Nothing will be sent to it.`);
      }
      // Not a URL, but a setting refused as quietly: `testing` or `production` preselects nothing (empty is none).
      // While editing, the connector's own environment is shown and no preset applies: said once the edit is over, if still set.
      const environment: unknown = h.config().environment;
      const { editing, data } = h.store.state;
      if (environment && environment !== 'live' && environment !== 'test' && !editing && !data.editing && changed('environment'))
        h.fail('config', `The environment attribute must be "live" or "test", not "${cut(String(environment))}", so neither is preselected.`);
      // A typo (`encrypt`) would keep typed secrets in memory only, as the default does, without a word.
      const persistence: unknown = h.config().secretPersistence;
      if (changed('secretPersistence') && persistence && persistence !== 'memory' && persistence !== 'encrypted')
        h.fail(
          'config',
          `The secret-persistence attribute must be "memory" or "encrypted", not "${cut(String(persistence))}", so typed secrets stay in memory only, as with "memory".`,
        );
    },
  };
}
