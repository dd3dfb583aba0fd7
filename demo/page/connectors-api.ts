/**
 * The reference API (demo/api) as this page uses it: list, delete and test saved connectors.
 * Creating and editing are the wizard's part (it POSTs and PATCHes the same endpoint itself).
 * Every call answers an outcome the page can show; only `list` and `groups` throw, with a
 * sentence that says what went wrong.
 */
import type { Environment, Group } from '../../src/index.js';

/** A saved connector as `GET {endpoint}` lists it: never with credentials. */
export interface Connector {
  id: string;
  name: string;
  system: string;
  group?: string;
  environment: Environment;
  timeZone?: string;
  dateFormat?: string;
  authType?: string;
  /** ISO 8601; servers that do not keep it leave it out. */
  createdAt?: string;
  /** The endpoint's version of it: passed on to an edit, whose save then sends `If-Match` and is refused (412) when someone changed it since. */
  revision?: string;
}

export interface TestCheck {
  id: string;
  label: string;
  status: 'passed' | 'failed' | 'skipped';
  detail?: string;
}

/** What `POST {endpoint}/{id}/test` said. */
export type TestOutcome =
  | { kind: 'passed'; account?: string; checks: TestCheck[] }
  | { kind: 'failed'; detail: string; account?: string; checks: TestCheck[] }
  | { kind: 'missing' }
  | { kind: 'error'; reason: string };

/** What `DELETE {endpoint}/{id}` said. */
export type DeleteOutcome = { kind: 'deleted' } | { kind: 'missing' } | { kind: 'error'; reason: string };

/**
 * The one way to point the page at another API base: `?api=/api/ns/<name>`, as the browser tests
 * do to keep their data apart. Anything else is ignored, so the query string can never send the
 * page's requests (or the wizard's) to another origin or path.
 */
const API_BASE = /^\/api(?:\/ns\/[A-Za-z0-9_-]{1,64})?$/u;

export function apiBase(search: string = location.search): string {
  const asked = new URLSearchParams(search).get('api');
  return asked && API_BASE.test(asked) ? asked : '/api';
}

/** Testing reaches the system itself, which may be slow; the page gives up after this long. */
const TEST_TIMEOUT_MS = 30_000;
const REQUEST_TIMEOUT_MS = 15_000;

export class ConnectorsApi {
  readonly endpoint: string;
  readonly testEndpoint: string;
  readonly groupsUrl: string;

  constructor(base: string) {
    this.endpoint = `${base}/connectors`;
    this.testEndpoint = `${base}/connectors/test`;
    this.groupsUrl = `${base}/groups`;
  }

  async list(): Promise<Connector[]> {
    const body = await this.#getJson(this.endpoint, 'The connectors could not be loaded');
    if (!Array.isArray(body)) throw new Error('The connectors could not be loaded: the server did not send a list.');
    return body.flatMap((item) => {
      const connector = readConnector(item);
      return connector ? [connector] : [];
    });
  }

  async groups(): Promise<Group[]> {
    const body = await this.#getJson(this.groupsUrl, 'The company groups could not be loaded');
    if (!Array.isArray(body)) throw new Error('The company groups could not be loaded: the server did not send a list.');
    return body.filter((g): g is Group => typeof g?.id === 'string' && typeof g?.name === 'string');
  }

  async remove(id: string): Promise<DeleteOutcome> {
    const response = await this.#send(this.#itemUrl(id), { method: 'DELETE' }, REQUEST_TIMEOUT_MS);
    if (!(response instanceof Response)) return { kind: 'error', reason: response };
    if (response.status === 204 || response.status === 200) return { kind: 'deleted' };
    if (response.status === 404) return { kind: 'missing' };
    return { kind: 'error', reason: await answered(response) };
  }

  async test(id: string): Promise<TestOutcome> {
    const response = await this.#send(`${this.#itemUrl(id)}/test`, { method: 'POST' }, TEST_TIMEOUT_MS);
    if (!(response instanceof Response)) return { kind: 'error', reason: response };
    if (response.status === 404) return { kind: 'missing' };
    const body = await readJson(response);
    if (response.ok && isObject(body) && body.ok === true) return { kind: 'passed', ...readReport(body) };
    if (response.status === 422 && isObject(body)) {
      const detail = typeof body.detail === 'string' && body.detail ? body.detail : 'The system refused the connection.';
      return { kind: 'failed', detail, ...readReport(body) };
    }
    return { kind: 'error', reason: describe(response, body) };
  }

  #itemUrl(id: string) {
    return `${this.endpoint}/${encodeURIComponent(id)}`;
  }

  async #getJson(url: string, what: string): Promise<unknown> {
    const response = await this.#send(url, { method: 'GET' }, REQUEST_TIMEOUT_MS);
    if (!(response instanceof Response)) throw new Error(`${what}: ${response}.`);
    if (!response.ok) throw new Error(`${what}: ${await answered(response)}.`);
    return readJson(response);
  }

  /** A response, or why there is none (a sentence fragment). */
  async #send(url: string, init: RequestInit, timeoutMs: number): Promise<Response | string> {
    try {
      return await fetch(url, {
        ...init,
        headers: { Accept: 'application/json, application/problem+json' },
        cache: 'no-store',
        redirect: 'error',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      return (error as Error).name === 'TimeoutError' ? 'the server did not answer in time' : 'the server could not be reached';
    }
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/** "the server answered 503 (Could not save: try again)", from a problem's title and detail when there is one. */
function describe(response: Response, body: unknown): string {
  const problem = isObject(body)
    ? [body.title, body.detail]
        .filter((t): t is string => typeof t === 'string' && t !== '')
        .map((t) => t.replace(/\.$/u, ''))
        .join(': ')
    : '';
  return `the server answered ${response.status}${problem ? ` (${problem})` : ''}`;
}

async function answered(response: Response): Promise<string> {
  return describe(response, await readJson(response));
}

function readConnector(item: unknown): Connector | undefined {
  if (!isObject(item)) return undefined;
  const { name, system, environment } = item;
  // A whole number is an id too (the endpoint protocol allows up to 2^53); the page keeps it as text, as it is in URLs.
  const id = Number.isSafeInteger(item.id) ? String(item.id) : item.id;
  if (typeof id !== 'string' || !id || typeof name !== 'string' || typeof system !== 'string') return undefined;
  if (environment !== 'live' && environment !== 'test') return undefined;
  const text = (key: string) => (typeof item[key] === 'string' && item[key] !== '' ? { [key]: item[key] as string } : {});
  // A revision may come as a whole number; the wizard reads it as its text (docs/endpoint-protocol.md).
  const revision = Number.isSafeInteger(item.revision) ? { revision: String(item.revision) } : text('revision');
  return { id, name, system, environment, ...text('group'), ...text('timeZone'), ...text('dateFormat'), ...text('authType'), ...text('createdAt'), ...revision };
}

const STATUSES = new Set(['passed', 'failed', 'skipped']);

/** The account and checks of a test result, as far as they are well formed. */
function readReport(body: Record<string, unknown>): { account?: string; checks: TestCheck[] } {
  const checks = Array.isArray(body.checks)
    ? body.checks.slice(0, 50).flatMap((c): TestCheck[] => {
        if (!isObject(c) || typeof c.id !== 'string' || typeof c.label !== 'string' || !STATUSES.has(c.status as string)) return [];
        return [{ id: c.id, label: c.label, status: c.status as TestCheck['status'], ...(typeof c.detail === 'string' && c.detail ? { detail: c.detail } : {}) }];
      })
    : [];
  return { ...(typeof body.account === 'string' && body.account ? { account: body.account } : {}), checks };
}
