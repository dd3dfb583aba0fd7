/**
 * What "Test connection" found, worked out away from the element as a create's outcome is
 * (outcomes.ts): the result said in words, the server's failed checks and errors placed on
 * their steps and fields. It loads with the later steps (later.ts).
 */
import type { TestResult } from '../submission/connector-client.js';
import type { TestCheck, TestReport } from '../submission/test-report.js';
import { onFormField, placeProblem, tooLarge } from '../submission/server-feedback.js';
import type { Messages } from '../messages/messages.js';
import { quoting } from '../messages/quoting.js';
import type { ConnectorPayload, StepId } from '../schemas/wizard-data.js';
import type { ConnectionTest, Said } from './state/wizard-state.js';
import { placedErrors, type Outcome, type RequestContext } from './outcomes.js';

/** What "Test connection" found, and where the server's errors go: on Credentials, one on its field waits there (`errors`, holding Create); one on none (no pointer, another way to sign in's field, one gone) is only listed (`listed`), as no answer clears it. */
export function testedConnection(...[result, sent, context]: Parameters<typeof testOutcome>): ReturnType<typeof testOutcome> {
  const outcome = testOutcome(result, sent, context);
  const { feedback, step } = outcome.place ?? {};
  if (step !== 'credentials') return outcome;
  const [errors, listed] = [true, false].map((on) =>
    Object.fromEntries(Object.entries(feedback!).filter(([p]) => on === !!context.fields?.some((f) => p === `/credentials/${f.key}`))),
  );
  return { ...outcome, test: { ...outcome.test, errors: errors!, listed: listed! } };
}

function testOutcome(
  result: Exclude<TestResult, { kind: 'aborted' }>,
  sent: ConnectorPayload,
  context: RequestContext,
): { test: ConnectionTest; place?: Outcome['place']; error?: Outcome['error'] } {
  const { msg, steps, systemName, editing, fields = [] } = context;
  // Errors on several steps: those after the first are listed with their step, and shown there later, as a create's are.
  const label = (step: StepId) => msg.stepLabels[step]! + msg.colon;
  switch (result.kind) {
    case 'ok': {
      // A 200 that lists a failed check is read by its checks, which are what the person sees:
      // the test did not pass, and a check that names a field lands on it.
      const failed = result.checks?.filter((c) => c.status === 'failed') ?? [];
      if (!failed.length) return { test: { state: 'ok', message: (m) => m.testOk(systemName()), ...report(result) } };
      const onFields = failedOnFields(failed);
      const quoted = clause(failed[0]!.detail ?? failed[0]!.label);
      return {
        test: { state: 'rejected', message: quoting([quoted], (m, quoted) => m.testCheckFailed(systemName(), quoted)), ...report(result) },
        ...(onFields.length ? { place: placeProblem({ errors: onFields }, steps, 'credentials', label) } : {}),
      };
    }
    case 'rejected':
    case 'invalid': {
      const { problem } = result;
      // A failed check that names a field lands on it, as a 422 error does.
      const checked = failedOnFields(problem.checks ?? []).filter((c) => !problem.errors.some((e) => e.pointer === c.pointer));
      // Connected as an account, with a check failed: the credentials were accepted, the check
      // was not. A refusal never says "Connected as".
      const failed = problem.checks?.find((c) => c.status === 'failed');
      const accepted = result.kind === 'rejected' && problem.account && failed;
      const place = placedErrors({ ...problem, errors: [...problem.errors, ...checked] }, context, 'credentials');
      // The refusal's own words, with no field to blame, are the test result's: not an item of the summary too.
      delete place.feedback[''];
      const marked = Object.keys(place.feedback).some((pointer) => onFormField(pointer, steps, fields));
      // Said in the outcome: the refusal's detail, else its title (the summary no longer lists either).
      const why = problem.detail ?? problem.title;
      const quoted = accepted ? clause(failed.detail ?? failed.label) : why && clause(why);
      // "Not tested" only when the server says its answers were checked first and found wanting
      // (`/invalid-connector`) and their fields are marked; any other 422 is the test's "no", in
      // the server's words, and "marked" only when a field is.
      const notTested = problem.type?.endsWith('/invalid-connector') === true && marked;
      const message = quoting([quoted], (m, quoted) =>
        accepted
          ? m.testCheckFailed(systemName(), quoted!)
          : result.kind === 'rejected'
            ? m.testRejected(systemName(), quoted, marked)
            : notTested
              ? m.testInvalid
              : m.testNotPassed(quoted, marked),
      );
      return {
        test: { state: 'rejected', message, ...report(accepted ? problem : { checks: problem.checks }) },
        ...(Object.keys(place.feedback).length ? { place } : {}),
      };
    }
    case 'unauthorized':
      return {
        test: { state: 'unreachable', message: (m) => m.testNotAuthorised(result.status) },
        error: ['auth', `The test endpoint answered ${result.status}: the host page's session is not authorised to test connections.`],
      };
    case 'redirected':
      // A sign-in page for an ended session, a moved test endpoint: the same redirect comes back every time, so never "try again in a moment".
      return {
        test: { state: 'unreachable', message: (m) => m.testRedirected(editing) },
        error: [
          'config',
          `Test connection failed: the test endpoint answered with a redirect, which is never followed; the test-endpoint attribute may not name it, or the page's session may have ended.`,
        ],
      };
    case 'unprepared':
      return {
        test: { state: 'unreachable', message: (m) => m.requestNotPrepared },
        error: ['config', `Test connection failed: ${result.detail}; nothing was sent.`],
      };
    case 'unreachable': {
      // A body too large is said as a create's is, on the longest answer: the same body gets the same answer, so never "try again in a moment".
      const large = result.status === 413 && tooLarge(sent, steps, msg.tooLarge(result.problem?.title, editing), 'Test connection');
      if (large) return { test: { state: 'rejected', message: (m) => m.testInvalid }, ...large };
      // A 502 (or a problem of type system-unreachable): the test endpoint says the system did not answer. Anything
      // else (no answer, a 404 or 405 from a test-endpoint set wrong, a 500, a 503 from the host's own gateway, a 200
      // that is no result) is not the system's doing: said as a test that could not run, and told to the host.
      const system = result.status === 502 || result.problem?.type?.endsWith('/system-unreachable') === true;
      // A server that asked for a wait (a 429's or a 503's Retry-After) is said with it, as a create's is: never "try again in a moment". Offline: nothing went out.
      const wait = (result.retryAfterMs ?? 0) >= 1000 ? Math.ceil(result.retryAfterMs! / 1000) : 0;
      const notRun = (m: Messages) => (result.offline ? m.testOffline : wait ? m.testBusy(wait, editing) : m.testNotRun(result.status, editing));
      const message: Said = (m) => (system ? m.testUnreachable(systemName(), result.status, editing) : notRun(m));
      return {
        test: { state: 'unreachable', message, ...report({ checks: result.problem?.checks }) },
        ...(system
          ? {}
          : {
              error: [
                result.status ? 'server' : 'network',
                `Test connection failed: ${result.status ? `the test endpoint answered HTTP ${result.status}` : result.offline ? 'offline' : 'the test endpoint could not be reached'}.`,
              ],
            }),
      };
    }
  }
}

/** A server's sentence as a clause of ours, which ends it: without its own full stop (taken off as `/\s*\.+\s*$/` would, without its retries from every space of a long run inside). */
const clause = (text: string) => {
  const trimmed = text.trimEnd();
  let end = trimmed.length;
  while (trimmed[end - 1] === '.') end--;
  return end < trimmed.length ? trimmed.slice(0, end).trimEnd() : text;
};

/** Failed checks that name a field, as the errors a 422 would carry for it. */
const failedOnFields = (checks: readonly TestCheck[]) =>
  checks.flatMap((c) => (c.status === 'failed' && c.pointer ? [{ pointer: c.pointer, detail: c.detail ?? c.label }] : []));

const report = ({ account, checks }: TestReport): Pick<ConnectionTest, 'account' | 'checks'> => ({ ...(account ? { account } : {}), ...(checks?.length ? { checks } : {}) });
