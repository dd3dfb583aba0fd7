import { noncharactersOut } from '../messages/isolate.js';
import { shorten } from '../schemas/shorten.js';

/**
 * A name cut to at most 60 characters (code points), for any message that quotes one (a problem line, the host's `config` errors, a
 * step's notice): ids, keys and the host's values have no length limit. Cut as all outside text is (`shorten`): never through an emoji.
 * Quoted without noncharacters, as a catalogue's texts are read (noncharactersOut): none shows, nor pairs with the marks the wizard
 * puts around words.
 */
export const cut = (s: string) => {
  const text = noncharactersOut(s);
  return [...text].length > 60 ? shorten(text, 58, true) : text;
};
