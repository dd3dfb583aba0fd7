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

export * from './define.js';
