import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ConnectorPayload } from '../schemas/wizard-data.js';
import {
  createConnector,
  listConnectors,
  type ListFailure,
  type Listed,
  testConnection,
  updateConnector,
  type CreateResult,
  type RequestOptions,
  type TestResult,
  type UpdateResult,
} from '../submission/connector-client.js';
import { DEFAULT_RETRY_POLICY } from '../submission/retry-policy.js';
import { deepFocus } from './asked-focus.js';

/** `waitSeconds`: a retry's wait long enough to be said (a server's Retry-After, a long backoff), until that attempt starts. */
export type SubmissionProgress = { state: 'idle' } | { state: 'sending'; attempt: number; attempts: number; waitSeconds?: number } | { state: 'testing' };

/** A wait shorter than this passes as "Retrying…"; a longer one is said with its length. */
const SAID_WAIT_MS = 5000;
const retrying = (attempt: number, attempts: number, delayMs: number): SubmissionProgress => ({
  state: 'sending',
  attempt,
  attempts,
  ...(delayMs >= SAID_WAIT_MS ? { waitSeconds: Math.ceil(delayMs / 1000) } : {}),
});

interface SubmissionHost extends ReactiveControllerHost {
  readonly isConnected: boolean;
}

/** Gives the Idempotency-Key for this payload; `fresh` asks for a new one (the old was refused). */
export type KeySource = (fresh: boolean) => Promise<string>;

/** What had the focus on the page when each element's last create, save or test began (see late-focus.ts). */
const focusAtStart = new WeakMap<object, Element | null>();
export const focusedAtStart = (host: object): Element | null | undefined => focusAtStart.get(host);

/**
 * Owns the requests to the integrator's endpoint: at most one create in flight (every later
 * call gets the same promise), progress for the UI, and aborting when the element is removed
 * from the page (not when it is only moved, which disconnects and reconnects in one task).
 */
export class SubmissionController implements ReactiveController {
  progress: SubmissionProgress = { state: 'idle' };
  private inflight?: Promise<CreateResult>;
  private testing?: AbortController;
  private readonly aborts = new Set<AbortController>();

  constructor(private readonly host: SubmissionHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // After the task, as the draft and the secrets decide it: a move puts the element back within it.
    setTimeout(() => {
      if (this.host.isConnected) return;
      for (const a of this.aborts) a.abort();
      this.aborts.clear();
    });
  }

  get sending(): boolean {
    return this.progress.state === 'sending';
  }

  /**
   * POSTs the connector. The abort signal exists before the first await, so removing the
   * element while the key is being prepared stops the request before it starts. A key the
   * server says was used for another body is replaced once.
   */
  create(endpoint: string, payload: ConnectorPayload, key: KeySource, options: Omit<RequestOptions, 'signal' | 'onRetry'>): Promise<CreateResult> {
    if (this.inflight) return this.inflight;
    this.abortTest();
    focusAtStart.set(this.host, deepFocus());
    const attempts = options.policy?.attempts ?? DEFAULT_RETRY_POLICY.attempts;
    this.setProgress({ state: 'sending', attempt: 1, attempts });
    const abort = this.track();
    const request = async (fresh: boolean): Promise<CreateResult> => {
      // A new key's request has attempts of its own.
      if (fresh) this.setProgress({ state: 'sending', attempt: 1, attempts });
      const idempotencyKey = await key(fresh);
      // Out of the page now: sent only if it was a move, back in the page after the task.
      if (!this.host.isConnected) await new Promise((resolve) => setTimeout(resolve));
      if (abort.signal.aborted || !this.host.isConnected) return { kind: 'aborted' };
      return createConnector(endpoint, payload, idempotencyKey, {
        ...options,
        signal: abort.signal,
        onRetry: (attempt, delayMs) => this.setProgress(retrying(attempt, attempts, delayMs)),
      });
    };
    this.inflight = (async () => {
      const first = await request(false);
      if (first.kind === 'invalid' && first.problem.type?.endsWith('/idempotency-key-reuse')) return request(true);
      return first;
    })().finally(() => {
      this.aborts.delete(abort);
      this.inflight = undefined;
      this.setProgress({ state: 'idle' });
    });
    return this.inflight;
  }

  /** PATCHes an edited connector; like create, one at a time and aborted when the element is removed. */
  update(
    endpoint: string,
    id: string,
    changes: Record<string, unknown>,
    condition: Parameters<typeof updateConnector>[3],
    options: Omit<RequestOptions, 'signal' | 'onRetry'>,
  ): Promise<UpdateResult> {
    if (this.inflight) return this.inflight as Promise<UpdateResult>;
    this.abortTest();
    focusAtStart.set(this.host, deepFocus());
    const attempts = options.policy?.attempts ?? DEFAULT_RETRY_POLICY.attempts;
    this.setProgress({ state: 'sending', attempt: 1, attempts });
    const abort = this.track();
    const request = (async (): Promise<UpdateResult> => {
      // Out of the page now (taken out while its key was made, the abort for that removal already run): sent only if it was a move, as a create.
      if (!this.host.isConnected) await new Promise((resolve) => setTimeout(resolve));
      if (abort.signal.aborted || !this.host.isConnected) return { kind: 'aborted' };
      return updateConnector(endpoint, id, changes, condition, {
        ...options,
        signal: abort.signal,
        onRetry: (attempt, delayMs) => this.setProgress(retrying(attempt, attempts, delayMs)),
      });
    })().finally(() => {
      this.aborts.delete(abort);
      this.inflight = undefined;
      this.setProgress({ state: 'idle' });
    });
    this.inflight = request as Promise<CreateResult>;
    return request;
  }

  /** Tests the credentials; a later edit or create aborts it (its answer is then dropped), a step change does not. */
  async test(endpoint: string, payload: ConnectorPayload, options: Omit<RequestOptions, 'signal'>): Promise<TestResult> {
    if (this.sending) return { kind: 'aborted' };
    this.abortTest();
    focusAtStart.set(this.host, deepFocus());
    const abort = this.track();
    this.testing = abort;
    this.setProgress({ state: 'testing' });
    try {
      const result = await testConnection(endpoint, payload, { ...options, signal: abort.signal });
      return abort.signal.aborted ? { kind: 'aborted' } : result;
    } finally {
      this.aborts.delete(abort);
      if (this.testing === abort) {
        this.testing = undefined;
        if (this.progress.state === 'testing') this.setProgress({ state: 'idle' });
      }
    }
  }

  abortTest(): void {
    this.testing?.abort();
  }

  /** GETs the endpoint's connectors; `saving`: the list a 412 reads again is part of the save, which stays under way (busy, `sending`) until it is read. */
  async list(endpoint: string, options: Omit<RequestOptions, 'signal'>, saving = false): Promise<Listed | ListFailure | undefined> {
    const abort = this.track();
    if (saving) this.setProgress({ state: 'sending', attempt: 1, attempts: 1 });
    try {
      return await listConnectors(endpoint, { ...options, signal: abort.signal });
    } finally {
      this.aborts.delete(abort);
      if (saving) this.setProgress({ state: 'idle' });
    }
  }

  private track(): AbortController {
    const abort = new AbortController();
    this.aborts.add(abort);
    return abort;
  }

  private setProgress(progress: SubmissionProgress) {
    this.progress = progress;
    this.host.requestUpdate();
  }
}
