/**
 * "Test connection": what is checked before anything is sent (the URL, the credentials an edit keeps unseen, the answers up to
 * Credentials), the test request, and where its answer is shown and said (test-outcome.ts works out what it found).
 * Part of the later module; it works through `FlowHost` (later-api.ts).
 */
import { isSecretField, type CredentialField } from '../catalogue/catalogue-schema.js';
import type { SubmissionController } from '../controllers/submission-controller.js';
import { configUrl } from '../config/url-policy.js';
import type { Messages } from '../messages/messages.js';
import { quoting, sentences } from '../messages/quoting.js';
import { buildConnector, keptCredentials } from '../schemas/connector-schema.js';
import type { PlacedProblem } from '../submission/server-feedback.js';
import { answered } from './late-focus.js';
import type { FlowHost } from './later-api.js';
import type { RequestContext } from './outcomes.js';
import type { requestOptions } from './request-options.js';
import { currentAuthType } from './state/selectors.js';
import * as t from './state/request-transitions.js';
import { announce } from './state/transitions.js';
import type { ConnectionTest } from './state/wizard-state.js';
import { testElsewhere } from './test-elsewhere.js';
import { testedConnection } from './test-outcome.js';

export interface ConnectionTestOptions {
  h: FlowHost;
  submission: SubmissionController;
  /** Each request's timeout, retries and host headers, as configured when it starts. */
  options: ReturnType<typeof requestOptions>;
  context: () => RequestContext;
  /** A credential field's label in the language in use. */
  label: (field: CredentialField) => string;
  /** Server errors placed on their step (the flow's, as a create's are). */
  showServerErrors: (place: PlacedProblem) => void;
}

export class ConnectionTester {
  constructor(private readonly o: ConnectionTestOptions) {}

  async run(): Promise<void> {
    const { h, label } = this.o;
    const update = (transition: Parameters<FlowHost['store']['update']>[0]) => h.store.update(transition);
    const url = configUrl('test-endpoint', h.config().testEndpoint);
    if (!url.ok) {
      // Said to the person too: the button would seem to do nothing.
      update((s) => announce(t.connectionTested(s, { state: 'unreachable', message: (msg) => msg.endpointRefused }), (msg) => msg.endpointRefused));
      h.fail('config', `The test-endpoint attribute was refused: ${url.reason}. No request was made.`);
      return;
    }
    const input = h.validationInput();
    // An edit keeps what is left empty, and what it keeps is never sent to a test: that needs the values on screen.
    const kept = keptCredentials(input).filter((f) => f.required || f.type === 'boolean' || isSecretField(f));
    if (kept.length) {
      const message = (msg: Messages) => msg.testNeedsCredentials(kept.map(label)); // Named in the language in use when said.
      return void update((s) => announce(t.connectionTested(s, { state: 'incomplete', message }), message));
    }
    const steps = h.steps().slice(0, h.steps().indexOf('credentials') + 1);
    const built = buildConnector(input, steps);
    if (!built.ok) {
      this.o.showServerErrors({ ...built, own: true });
      return;
    }
    const testing: ConnectionTest = { state: 'testing', message: (msg) => msg.testing };
    update((s) => t.connectionTested(s, testing));
    const result = await this.o.submission.test(url.url, built.connector, this.o.options(built.connector));
    // Cleared while it ran (an answer changed, Cancel, another tab's draft): its answer is about the answers before. Stopped by a test after it: what is on screen is that one's.
    if (h.store.state.connectionTest !== testing) return;
    if (result.kind === 'aborted') {
      update((s) => t.connectionTested(s, undefined));
      return;
    }
    const fields = currentAuthType(h.store.state, h.system())?.fields;
    // Its sentences name the system isolated where it is shown as written in another language, so the places that show them mark it (systemMarked).
    const systemName = () => h.systemMarked() ?? h.systemName() ?? built.connector.system;
    const { test, place, error } = testedConnection(result, built.connector, { ...this.o.context(), fields, systemName });
    if (error) h.fail(...error);
    update((s) => t.connectionTested(s, test));
    // Answered on Credentials: shown there, as a 422 is. Late: its marks wait on their step (Credentials': `moved` puts them back), the step the person
    // is on marked where they are, the focus left where they put it; about another step, a notice says so where they are (test-elsewhere.ts).
    const here = h.store.state.step;
    const late = place && here !== 'credentials' && place.step !== 'credentials' ? testElsewhere(place, h.steps(), test.message) : undefined;
    const elsewhere = place?.step !== here ? late : undefined;
    if (late) update((s) => t.testFailedElsewhere(s, late.byStep, elsewhere?.notice));
    else if (place && here === 'credentials') answered(h, 'test', () => this.o.showServerErrors(place));
    // Ended on a field whose error summary takes the focus (and is read then): the polite region, emptied, does not say it twice; the account shows with the Test button.
    if (place && here === 'credentials' && h.store.state.focus === 'summary') return;
    // Said with the outcome: as whom (the list of checks is read with the Test button), and the field elsewhere; in the language in use.
    const { account } = test;
    update((s) => announce(s, sentences(test.message, account ? quoting([account], (msg, account) => msg.connectedAs(account)) : undefined, elsewhere?.sentence)));
  }
}
