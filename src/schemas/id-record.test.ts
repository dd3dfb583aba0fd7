import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { parseCatalogue } from '../catalogue/parse-catalogue.js';
import { en } from '../messages/english.js';
import { payloadFingerprint } from '../submission/idempotency.js';
import { connectorPayloadSchema } from './connector-payload-schema.js';
import { credentialsSchema } from './credentials-schema.js';
import { issuesToFeedback } from './feedback.js';
import { idRecord, idRecordSchema, own, withEntry } from './id-record.js';
import type { ConnectorPayload } from './wizard-data.js';

const NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'name'];

/** A catalogue with system, auth type and field ids Object.prototype already has. */
function catalogue() {
  const parsed = parseCatalogue({
    version: 1,
    systems: [
      {
        id: '__proto__',
        name: 'Proto',
        authTypes: [
          {
            id: 'constructor',
            label: 'Constructor',
            kind: 'custom',
            fields: [
              { key: '__proto__', label: 'Proto', type: 'secret' },
              { key: 'toString', label: 'To string', type: 'text', pattern: '^[a-z]+$' },
              { key: 'name', label: 'Name', type: 'text', required: false },
            ],
          },
          { id: 'toString', label: 'OAuth', kind: 'oauth2-authorization-code', fields: [{ key: 'constructor', label: 'Ctor', type: 'text' }] },
        ],
      },
    ],
  });
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.catalogue;
}

/** A POST body as the reference API sees it: JSON.parse makes `__proto__` an own property. */
const body = (credentials: string, authType = 'constructor') =>
  JSON.parse(
    `{"name":"Proto","system":"__proto__","environment":"live","timeZone":"UTC","dateFormat":"yyyy-MM-dd","authType":"${authType}","credentials":${credentials}}`,
  ) as unknown;

describe('id-record: ids are data', () => {
  it('reads only own values, so inherited members never show through', () => {
    const plain: Record<string, string> = {};
    for (const name of NAMES) expect(own(plain, name), name).to.equal(undefined);
    const restored = JSON.parse('{"__proto__":"p","constructor":"c"}') as Record<string, string>;
    expect(own(restored, '__proto__')).to.equal('p');
    expect(own(restored, 'constructor')).to.equal('c');
    expect(own(restored, 'toString')).to.equal(undefined);
    expect(own(undefined, 'x')).to.equal(undefined);
  });

  it('builds null-prototype records where every key, __proto__ included, is an own property', () => {
    const record = idRecord(NAMES.map((n) => [n, `${n}!`]));
    expect(Object.getPrototypeOf(record)).to.equal(null);
    expect(Object.keys(record)).to.deep.equal(NAMES);
    for (const name of NAMES) expect(own(record, name)).to.equal(`${name}!`);
    const next = withEntry(record, '__proto__', 'again');
    expect(own(next, '__proto__')).to.equal('again');
    expect(own(record, '__proto__'), 'the original is left as it was').to.equal('__proto__!');
    expect(Object.keys(next), 'a replaced key keeps its place').to.deep.equal(NAMES);
    expect(Object.getPrototypeOf(withEntry(undefined, 'constructor', 1))).to.equal(null);
    expect(JSON.parse(JSON.stringify(next))).to.deep.equal(Object.fromEntries(NAMES.map((n) => [n, n === '__proto__' ? 'again' : `${n}!`])));
    expect(Object.prototype.toString).to.be.a('function');
  });

  it('parses records without dropping __proto__ (z.record does), with issues on the right key', () => {
    const schema = idRecordSchema(z.string());
    const parsed = schema.parse(JSON.parse('{"__proto__":"p","constructor":"c"}'));
    expect(Object.keys(parsed)).to.deep.equal(['__proto__', 'constructor']);
    expect([own(parsed, '__proto__'), own(parsed, 'constructor'), own(parsed, 'toString')]).to.deep.equal(['p', 'c', undefined]);
    const failed = schema.safeParse(JSON.parse('{"__proto__":1}'));
    expect(failed.success).to.equal(false);
    expect(failed.error!.issues.map((i) => i.path)).to.deep.equal([['__proto__']]);
    expect(schema.safeParse('text').success).to.equal(false);
  });
});

describe('schemas with ids as data', () => {
  it('checks credentials field by field: a field keyed __proto__ is required, and errors land on /credentials/<key>', () => {
    const authType = catalogue().systems[0]!.authTypes[0]!;
    const schema = credentialsSchema(authType, en, 'Proto', 'connection-required');
    // As currentCredentials gives them: '' for a field left empty.
    const feedback = issuesToFeedback(
      schema.safeParse({
        credentials: idRecord([
          ['__proto__', ''],
          ['toString', 'UPPER'],
          ['name', ''],
        ]),
      }).error!.issues,
    );
    expect(Object.keys(feedback).sort()).to.deep.equal(['/credentials/__proto__', '/credentials/toString']);
    expect(feedback['/credentials/__proto__']).to.equal(en.fieldRequired('Proto'));
    expect(
      schema.safeParse({
        credentials: idRecord([
          ['__proto__', 'secret'],
          ['toString', 'lower'],
          ['name', ''],
        ]),
      }).success,
    ).to.equal(true);
    // An inherited member is not a value: `{}` has no `toString` answer.
    expect(schema.safeParse({ credentials: {} }).success).to.equal(false);
  });

  it('validates payloads as the reference API does, keeping a credential keyed __proto__', () => {
    const schema = connectorPayloadSchema(catalogue());
    const ok = schema.safeParse(body('{"__proto__":"secret","toString":"lower","name":"Ada"}'));
    expect(ok.success, JSON.stringify(ok.error?.issues)).to.equal(true);
    expect(Object.hasOwn(ok.data!.credentials, '__proto__')).to.equal(true);
    const missing = schema.safeParse(body('{"toString":"lower"}'));
    expect(issuesToFeedback(missing.error!.issues)).to.have.keys(['/credentials/__proto__']);
    const unknown = schema.safeParse(body('{"__proto__":"s","toString":"lower","hasOwnProperty":"x"}'));
    expect(issuesToFeedback(unknown.error!.issues)).to.have.keys(['/credentials/hasOwnProperty']);
    // OAuth: `constructor` is a field like any other, and the connection is still required.
    const oauth = schema.safeParse(body('{}', 'toString'));
    expect(Object.keys(issuesToFeedback(oauth.error!.issues)).sort()).to.deep.equal(['/credentials/connectionRef', '/credentials/constructor']);
    expect(schema.safeParse(body('{"constructor":"c","connectionRef":"conn_1"}', 'toString')).success).to.equal(true);
    // Malformed credentials are refused, never thrown on.
    for (const bad of ['"text"', 'null', '[]', '{"__proto__":{"x":1}}']) expect(schema.safeParse(body(bad)).success, bad).to.equal(false);
    const noCredentials = { ...(body('{}') as object), credentials: undefined };
    expect(schema.safeParse(noCredentials).success).to.equal(false);
  });

  it('fingerprints a payload with a non-secret field keyed __proto__ by its value', async () => {
    const payload = (value: string): ConnectorPayload => ({
      name: 'Proto',
      system: '__proto__',
      environment: 'live',
      timeZone: 'UTC',
      dateFormat: 'yyyy-MM-dd',
      authType: 'constructor',
      credentials: Object.fromEntries([
        ['__proto__', value],
        ['toString', 'lower'],
      ]),
    });
    const fields = [{ key: '__proto__', label: 'Proto', type: 'text' as const, required: true, normalize: 'trim' as const }];
    expect(await payloadFingerprint(payload('a'), fields)).to.not.equal(await payloadFingerprint(payload('b'), fields));
    expect(await payloadFingerprint(payload('a'), fields)).to.equal(await payloadFingerprint(payload('a'), fields));
  });
});
