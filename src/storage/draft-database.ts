/** The IndexedDB database drafts live in; namespaced, so it cannot collide with one of the host page's. */
export const DEFAULT_DRAFT_DATABASE = 'connector-wizard:drafts';
