/** What a spent sign-in is written over with where storage refuses to remove it: what reads it finds nothing kept (signInOpen too: a reload loads no later code for it). */
const SPENT = 'null';

/**
 * What sessionStorage keeps under `storageKey` (a sign-in) is spent: removed, or, where storage
 * refuses to remove (a quota or privacy layer), written over with nothing a sign-in reads as kept,
 * so it is never taken again (a replayed return, a reload).
 */
export function spend(storageKey: string): void {
  try {
    sessionStorage.removeItem(storageKey);
  } catch {
    try {
      sessionStorage.setItem(storageKey, SPENT);
    } catch {
      // Refused both ways: nothing more can be done here.
    }
  }
}
