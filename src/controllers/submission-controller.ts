import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ConnectorPayload } from '../schemas/wizard-data.js';
import { createConnector, listConnectors, testConnection, type CreateResult, type RequestOptions, type TestResult } from '../submission/connector-client.js';
import type { StoredConnector } from '../schemas/connector-payload-schema.js';

export type SubmissionProgress =
  | { state: 'idle' }
  | { state: 'sending'; attempt: number; attempts: number }
  | { state: 'testing' };

interface SubmissionHost extends ReactiveControllerHost {
  readonly isConnected: boolean;
}

/**
 * Owns the requests to the integrator's endpoint: at most one create in flight (every later
 * call gets the same promise), progress for the UI, and aborting when the element is removed
 * from the page (not when it is only moved, which disconnects and reconnects in one task).
 */
export class SubmissionController implements ReactiveController {
  progress: SubmissionProgress = { state: 'idle' };
  private inflight?: Promise<CreateResult>;
  private readonly aborts = new Set<AbortController>();

  constructor(private readonly host: SubmissionHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    queueMicrotask(() => {
      if (this.host.isConnected) return;
      for (const a of this.aborts) a.abort();
      this.aborts.clear();
    });
  }

  get busy(): boolean {
    return this.progress.state !== 'idle';
  }

  create(endpoint: string, payload: ConnectorPayload, key: string, options: Omit<RequestOptions, 'signal' | 'onRetry'>): Promise<CreateResult> {
    if (this.inflight) return this.inflight;
    const attempts = options.policy?.attempts ?? 3;
    this.setProgress({ state: 'sending', attempt: 1, attempts });
    this.inflight = this.withAbort((signal) =>
      createConnector(endpoint, payload, key, {
        ...options,
        signal,
        onRetry: (attempt) => this.setProgress({ state: 'sending', attempt, attempts }),
      }),
    ).finally(() => {
      this.inflight = undefined;
      this.setProgress({ state: 'idle' });
    });
    return this.inflight;
  }

  async test(endpoint: string, payload: ConnectorPayload, options: Omit<RequestOptions, 'signal'>): Promise<TestResult> {
    if (this.busy) return { kind: 'aborted' };
    this.setProgress({ state: 'testing' });
    try {
      return await this.withAbort((signal) => testConnection(endpoint, payload, { ...options, signal }));
    } finally {
      this.setProgress({ state: 'idle' });
    }
  }

  list(endpoint: string, options: Omit<RequestOptions, 'signal'>): Promise<StoredConnector[] | undefined> {
    return this.withAbort((signal) => listConnectors(endpoint, { ...options, signal }));
  }

  private async withAbort<T>(run: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const abort = new AbortController();
    this.aborts.add(abort);
    try {
      return await run(abort.signal);
    } finally {
      this.aborts.delete(abort);
    }
  }

  private setProgress(progress: SubmissionProgress) {
    this.progress = progress;
    this.host.requestUpdate();
  }
}
