// The one place that may use @open-wc's own waitUntil (see eslint.config.mjs).
// eslint-disable-next-line no-restricted-imports
import { waitUntil as waitUntilOpenWc } from '@open-wc/testing';

/**
 * `waitUntil` of @open-wc/testing with a 5 s timeout unless told otherwise: its own default of 1 s
 * fails on a loaded 2-core CI machine while the behaviour is right. The tests import this one (lint).
 * A timeout passed on as undefined is none told (spread, it would have put @open-wc's 1 s back).
 */
export function waitUntil(predicate: () => unknown | Promise<unknown>, message?: string, options: { interval?: number; timeout?: number } = {}): Promise<void> {
  return waitUntilOpenWc(predicate, message, { ...options, timeout: options.timeout ?? 5_000 });
}
