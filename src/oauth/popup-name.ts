/**
 * The sign-in window's name: one per sign-in slot (its key, and its draft database: see signInSlot), so two wizards on a
 * page never share a window.
 * Random (a window's name goes with it to the provider's pages, and a key holds the `draft-id`
 * and an edited connector's id), and kept for the tab in sessionStorage: after a reload, Connect
 * opens the sign-in in the window still open for this draft, never a second one beside it.
 * Without sessionStorage, each sign-in has a name of its own (the one before closes as it starts).
 */
export function popupName(slot: string): string {
  const name = `connector-wizard-oauth-${Math.random().toString(36).slice(2)}`;
  try {
    return (sessionStorage[`connector-wizard-oauth:${slot}`] ??= name);
  } catch {
    return name;
  }
}

/**
 * A sign-in kept under the slot `from` is kept under `to` now (see readOpenOf): the window open for it keeps its name there,
 * and only there, so a wizard whose slot is `from` (the default database's, of the same key) opens a window of its own. A name
 * `to` kept already is an earlier sign-in's, none under way (readOpenOf takes that first): it gives way, or the window still
 * open could no longer be brought forward, nor closed, and Connect would open a second one beside it.
 */
export function movePopupName(from: string, to: string): void {
  try {
    const name = sessionStorage.getItem(`connector-wizard-oauth:${from}`);
    if (name === null) return;
    sessionStorage.setItem(`connector-wizard-oauth:${to}`, name);
    sessionStorage.removeItem(`connector-wizard-oauth:${from}`);
  } catch {
    // No sessionStorage: each sign-in has a name of its own anyway.
  }
}
