/**
 * The server's marks on fields, and those a connection test placed: which go when (see
 * `serverPointers`, `serverLater` and `connectionTest` in wizard-state.ts).
 */
import type { WizardState } from './wizard-state.js';

/**
 * A test's outcome goes (the answers or secrets it tested changed), and what the live region said
 * of it with it, so no "accepted" is left there to be read; so do the marks it placed on fields
 * (those still in its words). What it listed on no field stays until a test passes.
 */
export function testForgotten(s: WizardState): Pick<WizardState, 'connectionTest'> & Partial<WizardState> {
  const test = s.connectionTest;
  if (!test) return { connectionTest: undefined };
  // On Credentials' fields (`errors`, where what it listed on no field stays), and, answered late, on any step's (shown there or still waiting:
  // `elsewhere`, Credentials' too).
  const mine = (pointer: string, said: string | undefined) =>
    said !== undefined && ((pointer.startsWith('/credentials/') && test.errors?.[pointer] === said) || test.elsewhere?.[pointer] === said);
  const placed = (pointer: string) => mine(pointer, s.feedback[pointer]);
  const waiting = test.elsewhere && s.serverLater ? { serverLater: waitingWithout(s.serverLater, mine), testElsewhere: undefined } : {};
  if (!Object.keys(s.feedback).some((pointer) => s.serverPointers.has(pointer) && placed(pointer))) return { connectionTest: undefined, announcement: '', ...waiting };
  return { connectionTest: undefined, announcement: '', ...waiting, ...withoutServerFeedback(s, placed) };
}

/** The errors waiting on other steps without those `drop` picks; a step left with none waits no more. */
function waitingWithout(later: NonNullable<WizardState['serverLater']>, drop: (pointer: string, said: string) => boolean): WizardState['serverLater'] {
  const kept = Object.entries(later).flatMap(([step, errors]) => {
    const left = Object.entries(errors ?? {}).filter(([pointer, said]) => !drop(pointer, said));
    return left.length ? [[step, Object.fromEntries(left)]] : [];
  });
  return kept.length ? Object.fromEntries(kept) : undefined;
}

/** The feedback the server placed that `drop` picks, taken off the fields and out of `serverPointers` (what the person's own answers got stays). */
export function withoutServerFeedback(s: WizardState, drop: (pointer: string) => boolean): Pick<WizardState, 'feedback' | 'serverPointers'> {
  const gone = (pointer: string) => s.serverPointers.has(pointer) && drop(pointer);
  return {
    feedback: Object.fromEntries(Object.entries(s.feedback).filter(([pointer]) => !gone(pointer))),
    serverPointers: new Set([...s.serverPointers].filter((pointer) => !gone(pointer))),
  };
}
