/** Runs `run` with `target[key]` described by `descriptor` (a getter that throws, a value taken away), then puts it back. */
async function withDescribed<T extends object, K extends keyof T>(target: T, key: K, descriptor: PropertyDescriptor, run: () => Promise<void>) {
  const original = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { ...descriptor, configurable: true });
  try {
    await run();
  } finally {
    if (original) Object.defineProperty(target, key, original);
    else delete (target as Record<K, unknown>)[key];
  }
}

/** Runs `run` with `target[key]` replaced by `value` (a platform API taken away, as an insecure context does), then puts it back. */
export const withPatched = <T extends object, K extends keyof T>(target: T, key: K, value: T[K], run: () => Promise<void>) =>
  withDescribed(target, key, { value, writable: true }, run);

/** As in a page that is not a secure context (plain `http:` other than this machine): no `crypto.subtle`, no `crypto.randomUUID`. */
export const withoutSecureContext = (run: () => Promise<void>) =>
  withPatched(crypto, 'subtle', undefined as never, () => withPatched(crypto, 'randomUUID', undefined as never, run));

/**
 * As in a sandboxed frame, or a browser set to block a site's storage: reading `sessionStorage` throws a SecurityError,
 * while `run` runs.
 */
export const withSessionStorageBlocked = (run: () => Promise<void>) =>
  withDescribed(
    window,
    'sessionStorage',
    {
      get() {
        throw new DOMException("Failed to read the 'sessionStorage' property from 'Window': Access is denied for this document.", 'SecurityError');
      },
    },
    run,
  );

/** As in a browser whose storage refuses to remove (a quota or privacy layer that throws on `removeItem` only), while `run` runs. */
export const withStorageRemoveRefused = (run: () => Promise<void>) =>
  withPatched(
    Storage.prototype,
    'removeItem',
    () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
    run,
  );
