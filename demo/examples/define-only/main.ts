// The README's bundler snippet as written: only the define module, no types imported by name.
// `npm run check:examples` type-checks it, so the event map must come with define.js alone.
import 'connector-wizard/define.js';
import catalogue from 'connector-wizard/sample-catalogue.json';

declare function save(connector: { name: string; system: string }): void;

const wizard = document.querySelector('connector-wizard')!;
wizard.catalogue = catalogue;
wizard.addEventListener('connector-created', (event) => save(event.detail.connector));
document.addEventListener('connector-wizard-error', (event) => console.warn(event.detail.kind, event.detail.message));

// An edit ends, and presets go, as the docs say: by setting them to undefined (or null for `connector`).
wizard.connector = undefined;
wizard.connector = null;
wizard.system = undefined;
wizard.messages = undefined;

// The types of what the properties take and the events carry, named, from define.js alone (a wrapper package names them).
import type { CatalogueProblem, HeadingLevel, RetryPolicy } from 'connector-wizard/define.js';

const policy: RetryPolicy = { attempts: 5, baseDelayMs: 250, maxDelayMs: 4000, maxRetryAfterMs: 30_000 };
const level: HeadingLevel = 3;
wizard.retryPolicy = policy;
wizard.headingLevel = level;
document.addEventListener('connector-wizard-error', (event) => {
  const problems: readonly CatalogueProblem[] = event.detail.kind === 'catalogue' ? (event.detail.problems ?? []) : [];
  for (const problem of problems) console.warn(problem.path, problem.action);
});
