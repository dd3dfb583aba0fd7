/** The start URL's own parameters, which a field's value never replaces (`return`: a same-tab sign-in's way back; `environment`: live or testing). */
const OWN = new Set(['system', 'authType', 'environment', 'state', 'return']);

/**
 * The start URL parameter that carries the value of an OAuth auth type's field (a shop
 * subdomain, an account code): its key, or `field.<key>` for a key the wizard's own parameters
 * use (field keys have no `.`, so the two never meet). The reference API reads it back with this.
 */
export const startParam = (key: string): string => (OWN.has(key) ? `field.${key}` : key);
