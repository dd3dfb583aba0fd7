/** Where text is drawn on screen, for tests of right-to-left layout. */

/** The left edges of the first and the last character of `text`, in the first text node under `root` that holds it. */
export function drawnEdges(root: Node, text: string): { first: number; last: number } {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const at = n.data.indexOf(text);
    if (at < 0) continue;
    const left = (i: number) => {
      const range = document.createRange();
      range.setStart(n!, i);
      range.setEnd(n!, i + 1);
      return range.getBoundingClientRect().left;
    };
    return { first: left(at), last: left(at + text.length - 1) };
  }
  throw new Error(`"${text}" is not shown`);
}
