import { shorten } from '../schemas/shorten.js';

/**
 * A name cut to at most 60 characters (code points), for any message that quotes one (a problem line, the host's `config` errors, a
 * step's notice): ids, keys and the host's values have no length limit. Cut as all outside text is (`shorten`): never through an emoji.
 */
export const cut = (s: string) => ([...s].length > 60 ? shorten(s, 58, true) : s);
