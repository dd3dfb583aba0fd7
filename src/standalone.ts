/**
 * Entry of dist/connector-wizard.js, the standalone bundle with every dependency inside.
 *
 * zod probes `new Function('')` to choose its fast path, which a strict Content-Security-Policy
 * (no 'unsafe-eval') reports as a violation even though zod recovers. This bundle carries its
 * own copy of zod, so switching that copy to jitless here affects no one else. The package
 * entry (zod external, possibly shared with the host) leaves zod's global config alone.
 */
import { config } from 'zod/mini';

config({ jitless: true });

// The other files import `./connector-wizard.js` by its plain name: loaded with a query, they load a second copy of it.
const { search } = new URL(import.meta.url);
if (search) console.warn(`<connector-wizard>: loaded as connector-wizard.js${search}, so the files it loads later download it again. Load it by its plain URL.`);

export * from './define.js';
