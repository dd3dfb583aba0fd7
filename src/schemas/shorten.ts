/**
 * `text` cut to at most `max` characters, the last one an ellipsis, for words from elsewhere
 * (a provider, a test endpoint) shown rather than refused when long. Counted and cut as
 * characters, never inside one: 300 emoji are 600 UTF-16 units.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const characters = Array.from(text);
  return characters.length > max ? `${characters.slice(0, max - 1).join('')}…` : text;
}
