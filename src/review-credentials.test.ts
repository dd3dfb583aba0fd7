/** Review of the Credentials step: pastes read as their writers meant them, and secrets an endpoint repeats in other forms. */
import { expect, waitUntil } from '@open-wc/testing';
import { freshApi, inStep, pasteInto, type } from './test/fixtures.js';
import { atCredentials } from './test/credentials-fixtures.js';
import type { ConnectorWizard } from './wizard/connector-wizard.js';

const input = (el: ConnectorWizard, key: string) => inStep<HTMLInputElement>(el, `#field-credentials-${key}`)!;
const HEX = 'c0ffee'.repeat(5) + 'ab';

describe('review: credentials', () => {
  it('a token wrapped over two lines with a backslash at the line end (a shell’s line continuation) fills the whole token', async () => {
    for (const line of ['SHOPIFY_ACCESS_TOKEN', 'export SHOPIFY_ACCESS_TOKEN']) {
      const el = await atCredentials('shopify', 'access-token');
      await pasteInto(el, '#field-credentials-shop', `SHOP=my-store\n${line}=shpat_${HEX.slice(0, 16)}\\\n${HEX.slice(16)}\n`);
      expect(input(el, 'accessToken').value, line).to.equal(`shpat_${HEX}`);
    }
  });

  it('a YAML single-quoted password with a doubled quote (it’’s) fills the password with one quote', async () => {
    const el = await atCredentials('mintsoft', 'username-password');
    await pasteInto(el, '#field-credentials-username', `username: ops\npassword: 'it''s-a-secret'\n`);
    expect(input(el, 'username').value).to.equal('ops');
    expect(input(el, 'password').value).to.equal("it's-a-secret");
  });

  it('a password the test endpoint repeats HTML-escaped (an upstream error page quoted in a check) is shown masked', async () => {
    const api = freshApi();
    const el = await atCredentials('mintsoft', 'username-password', { testEndpoint: api.testEndpoint });
    const password = `p&ss<w0rd>"it's`;
    await type(el, '#field-credentials-username', 'ops');
    await type(el, '#field-credentials-password', password);
    const html = password.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;').replace(/'/gu, '&#39;');
    const answer = { ok: true, account: 'ops', checks: [{ id: 'login', label: 'Signed in', status: 'passed', detail: `<p>Password ${html} accepted</p>` }] };
    await api.faults({ kind: 'status', method: 'POST', status: 200, json: answer });
    inStep<HTMLButtonElement>(el, '[part~="test"]')!.click();
    await waitUntil(() => inStep(el, '#test-result')?.getAttribute('data-test-state') === 'ok', 'tested', { timeout: 5000 });
    const shown = inStep(el, '[part~="test-connection"]')!.textContent!;
    expect(shown).to.contain('<p>Password ••• accepted</p>');
    expect(shown).to.not.contain('w0rd');
  });

  it('a password the test endpoint repeats base64-encoded (an upstream Basic authorization header, or alone) is shown masked', async () => {
    const api = freshApi();
    const el = await atCredentials('mintsoft', 'username-password', { testEndpoint: api.testEndpoint });
    const password = 'correct-horse-battery-staple';
    await type(el, '#field-credentials-username', 'ops');
    await type(el, '#field-credentials-password', password);
    const detail = `Upstream refused Authorization: Basic ${btoa(`ops:${password}`)} (key ${btoa(password)})`;
    const answer = { ok: true, account: 'ops', checks: [{ id: 'login', label: 'Signed in', status: 'passed', detail }] };
    await api.faults({ kind: 'status', method: 'POST', status: 200, json: answer });
    inStep<HTMLButtonElement>(el, '[part~="test"]')!.click();
    await waitUntil(() => inStep(el, '#test-result')?.getAttribute('data-test-state') === 'ok', 'tested', { timeout: 5000 });
    const shown = inStep(el, '[part~="test-connection"]')!.textContent!;
    expect(shown).to.contain('Upstream refused Authorization: Basic ');
    // The password's bytes as base64 writes them, whatever the bytes before them: each of three alignments, without the characters the bytes around it share.
    for (const shift of [0, 1, 2]) {
      const encoded = btoa(`${'x'.repeat(shift)}${password}`);
      const piece = encoded.slice(Math.ceil((shift * 4) / 3), Math.floor((shift + password.length) / 3) * 4);
      expect(shown, `shift ${shift}`).to.not.contain(piece.slice(0, 8));
      expect(shown, `shift ${shift}`).to.not.contain(piece.slice(-8));
    }
  });

  it('a value in backticks (dotenv’s third quote, Markdown’s inline code in a note) fills the value without them', async () => {
    for (const text of ['USERNAME=`ops`\nPASSWORD=`it is-a-secret`\n', 'Username: `ops`\nPassword: `it is-a-secret`\n']) {
      const el = await atCredentials('mintsoft', 'username-password');
      await pasteInto(el, '#field-credentials-password', text);
      expect(input(el, 'username').value, text).to.equal('ops');
      expect(input(el, 'password').value, text).to.equal('it is-a-secret');
    }
  });
});
