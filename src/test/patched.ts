/** Runs `run` with `target[key]` replaced by `value` (a platform API taken away, as an insecure context does), then puts it back. */
export async function withPatched<T extends object, K extends keyof T>(target: T, key: K, value: T[K], run: () => Promise<void>) {
  const original = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { value, configurable: true, writable: true });
  try {
    await run();
  } finally {
    if (original) Object.defineProperty(target, key, original);
    else delete (target as Record<K, unknown>)[key];
  }
}

/** As in a page that is not a secure context (plain `http:` other than this machine): no `crypto.subtle`, no `crypto.randomUUID`. */
export const withoutSecureContext = (run: () => Promise<void>) =>
  withPatched(crypto, 'subtle', undefined as never, () => withPatched(crypto, 'randomUUID', undefined as never, run));
