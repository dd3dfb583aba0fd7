/**
 * The URL properties as last checked: a refused value is said to the integrator
 * (`connector-wizard-error`, kind `config`) when the flow starts and when it is set, once per
 * value, not first when a person presses Create; so is an `environment` preset other than `live`
 * or `test`. Loaded with the later steps: the flow is its only user.
 */
import { configUrl } from '../config/url-policy.js';
import type { FlowHost, UrlProperty } from './later-api.js';

export function urlChecks(h: Pick<FlowHost, 'config' | 'fail'>) {
  const checked = new Map<UrlProperty, string | undefined>();
  /** Whether `property` holds a value not checked yet. Each value once (checks run on every update): set again, or set before the first render (the flow may come first), it is not said twice. */
  const changed = (property: UrlProperty): boolean => {
    const value = h.config()[property];
    return checked.get(property) !== value && Boolean(checked.set(property, value));
  };
  return {
    changed,
    /** The endpoints, and the `environment` preset; the OAuth URLs are the OAuth flow's to say, through `changed`. */
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
      const environment: unknown = h.config().environment;
      if (changed('environment') && environment && environment !== 'live' && environment !== 'test')
        h.fail('config', `The environment attribute must be "live" or "test", not "${String(environment).slice(0, 60)}", so neither is preselected.`);
    },
  };
}
