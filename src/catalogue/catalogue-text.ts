import type { CatalogueProblem } from './catalogue-problems.js';
import { cut } from './cut.js';

/**
 * A fetched catalogue's text where UTF-8 lost something (it holds U+FFFD; loaded only then): read in the charset the server names in
 * Content-Type, as a legacy export in Windows-1252 is served; with none named (or one no browser knows), as UTF-8, and `notUtf8` says
 * where its first byte that is no UTF-8 is, for the host (a name shows "Caf�"). `gzip`: a gzip file served without Content-Encoding
 * (its first bytes 1F 8B 08 as UTF-8 reads them), no text a log can show. Never after UTF-16's byte order mark (Chromium's Blob.text()
 * reads UTF-16 after one, as Windows PowerShell's Out-File writes it).
 */
export function catalogueText(bytes: Uint8Array, text: string, contentType: string | null): { text: string; notUtf8?: CatalogueProblem; gzip?: string } {
  if (text.startsWith('\x1F\uFFFD\b'))
    return {
      text,
      gzip: 'catalogue-src answered with a gzip-compressed file not marked Content-Encoding: gzip, which the browser does not unpack: serve it with that header, or uncompressed',
    };
  if (bytes[0]! >= 0xfe) return { text };
  const named = /;\s*charset\s*=\s*"?([^";\s]+)/iu.exec(contentType ?? '')?.[1];
  const charset = named ?? 'utf-8';
  let known = true;
  try {
    return { text: new TextDecoder(charset, { fatal: /^(?:utf-?8|unicode-1-1-utf-8)$/iu.test(charset) }).decode(bytes) };
  } catch (error) {
    known = !(error instanceof RangeError);
  }
  // Not UTF-8: read as UTF-8, and its first byte that is none said (a U+FFFD written in the file is EF BF BD). Counted on from the
  // U+FFFD before, so a file holding thousands is read once; Blob.text() dropped the UTF-8 byte order mark the bytes still hold.
  const encoder = new TextEncoder();
  let offset = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let from = 0, at = text.indexOf('\uFFFD'); at >= 0; from = at + 1, offset += 3, at = text.indexOf('\uFFFD', from)) {
    offset += encoder.encode(text.slice(from, at)).length;
    if (bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd) continue;
    const problem = `is not UTF-8: byte 0x${bytes[offset]!.toString(16).toUpperCase().padStart(2, '0')} at position ${offset} is no UTF-8 character (shown as \uFFFD); ${
      known
        ? 'serve the catalogue as UTF-8, or name its charset in Content-Type'
        : `its Content-Type names charset ${cut(charset)}, which browsers do not know: serve the catalogue as UTF-8, or name a charset they know, such as windows-1252`
    }`;
    return { text, notUtf8: { path: '', problem, action: 'converted', message: `catalogue-src ${problem}.` } };
  }
  return { text };
}
