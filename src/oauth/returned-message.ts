import { OAUTH_RETURN_KEY } from './oauth-return.js';

/**
 * The message a same-tab return carries in `hash` (undefined: none, or not JSON). A callback that wrote it without
 * encodeURIComponent leaves a provider's `%` as it is (`100% of admins`, which decodeURIComponent refuses): its escapes
 * are read, and a `%` that starts none is kept as written, so the provider's words are still said. So is one with more appended.
 * Later code only: the entry reads a return's state alone (see returnedState).
 */
export function returnedMessage(hash: string): unknown {
  const at = hash.indexOf(OAUTH_RETURN_KEY);
  if (at < 0) return undefined;
  const written = hash.slice(at + OAUTH_RETURN_KEY.length);
  // A callback may append to it (`&error_description=…` again): the message then ends at an `&` after its closing brace (a few tried).
  const ends = [written.length, ...[...written.matchAll(/(?:\}|%7d)(?=&)/gi)].slice(0, 8).map((end) => end.index + end[0].length)];
  for (const end of ends) {
    try {
      const message = JSON.parse(decoded(written.slice(0, end))) as { ok?: unknown } | null;
      // Cut at a `}` written as is, the end may be the provider's own words' (`…%22,%22ok%22:true}&`, quotes the browser encoded
      // as it encodes the message's): read so, it is never more than a refusal. An encoded message has no `}` nor `&` inside.
      if (end < written.length && written[end - 1] === '}' && message?.ok !== false) continue;
      return message;
    } catch {
      // Not the message's end: the next one.
    }
  }
  return undefined;
}

/** `written` decoded; one whose `%` starts no escape (written without encodeURIComponent) has its escapes read and that `%` kept. */
function decoded(written: string): string {
  try {
    return decodeURIComponent(written);
  } catch {
    return written.replace(/(?:%[\da-f]{2})+/gi, (escapes) => {
      try {
        return decodeURIComponent(escapes);
      } catch {
        return escapes;
      }
    });
  }
}
