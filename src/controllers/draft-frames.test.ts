/**
 * The wizard on a page framed by its host, where the parent cannot reach in: a sandboxed frame (no IndexedDB at all), and a
 * frame on another site than the host's page, whose storage the browser keeps apart for each top-level site (partitioned).
 * src/test/framed-wizard.ts drives the wizard there and posts what it saw.
 */
import { expect } from '@open-wc/testing';
import { uniqueDatabase } from '../test/fixtures.js';

const otherHost = () => `http://${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
const page = (query: Record<string, string>) => `/src/test/framed-wizard.html?${new URLSearchParams(query)}`;

/** What the page in `source()` posts, once. */
function toldBy(source: () => MessageEventSource | null | undefined): Promise<Record<string, any>> {
  return new Promise((resolve) => {
    addEventListener('message', function told(event) {
      if (event.source !== source()) return;
      removeEventListener('message', told);
      resolve(event.data);
    });
  });
}

/** A frame of `url` (with `sandbox`, if given) and what its page posts; removed by `done`. */
function framed(url: string, sandbox?: string) {
  const frame = document.createElement('iframe');
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.style.width = '900px';
  frame.style.height = '700px';
  const said = toldBy(() => frame.contentWindow);
  frame.src = url;
  document.body.append(frame);
  return { said, done: () => frame.remove() };
}

describe('drafts: the wizard in a frame', function () {
  this.timeout(60_000);

  it('in a sandboxed frame (allow-scripts only) the draft is unavailable, a calm note says so once, and the connector is still created', async () => {
    const { said, done } = framed(page({ do: 'finish', db: uniqueDatabase() }), 'allow-scripts');
    try {
      const seen = await said;
      expect(seen.origin, 'an opaque origin').to.equal('null');
      expect(seen.failed, 'the flow ran').to.equal(undefined);
      expect(seen.status).to.equal('unavailable');
      expect(seen.notices).to.deep.equal(['storage: Your answers are not being saved as a draft on this device, so finish in this visit.']);
      expect(seen.saved, 'no draft saved').to.equal(false);
      expect(seen.submitted).to.equal(true);
      expect(seen.created).to.deep.equal(['Shopify UK']);
      expect(seen.errors).to.deep.equal(['storage: Drafts are not being saved: IndexedDB cannot be opened: SecurityError']);
      expect(seen.uncaught, 'nothing escaped').to.deep.equal([]);
    } finally {
      done();
    }
  });

  it('on another site than the page, the draft is kept for that page alone: restored in a frame under it, unseen by the same origin on its own', async () => {
    const db = uniqueDatabase();
    const draftId = `framed-${Math.random().toString(36).slice(2)}`;
    const other = otherHost();
    const typed = framed(`${other}${page({ do: 'type', db, 'draft-id': draftId, name: 'Framed here' })}`);
    try {
      const seen = await typed.said;
      expect([seen.origin, seen.failed, seen.saved, seen.uncaught]).to.deep.equal([other, undefined, true, []]);
    } finally {
      typed.done();
    }
    // The same origin as a page of its own (its own top-level site): another partition, which holds no such draft.
    const alone = window.open(`${other}${page({ do: 'read', db, 'draft-id': draftId })}`, '_blank', 'width=900,height=700')!;
    try {
      const seen = await toldBy(() => alone);
      expect([seen.origin, seen.failed, seen.uncaught]).to.deep.equal([other, undefined, []]);
      expect(seen.name, 'not restored there').to.equal('');
      expect(seen.drafts, 'not listed there').to.deep.equal([]);
    } finally {
      alone.close();
    }
    // Framed again under this page's site: the draft is there.
    const again = framed(`${other}${page({ do: 'read', db, 'draft-id': draftId })}`);
    try {
      const seen = await again.said;
      expect([seen.failed, seen.uncaught]).to.deep.equal([undefined, []]);
      expect(seen.name, 'restored').to.equal('Framed here');
      expect(seen.drafts).to.deep.equal([draftId]);
    } finally {
      again.done();
    }
  });
});
