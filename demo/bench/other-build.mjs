// The second build that npm run bench and npm run bench:network can measure beside this tree's,
// and the one server both use to serve the two. Either script takes either variable:
//   BENCH_AGAINST=/path/to/another/checkout (built: its dist/ is used)
//   COMPARE_DIR=/path/to/another/dist (a dist folder itself, such as an unpacked older release)
// The other build's files are served under /other/, this tree's from its root, so a cold page
// imports /other/connector-wizard.js or /dist/connector-wizard.js and its chunks follow.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Where the other build's files are served. */
export const OTHER_PREFIX = '/other/';

/**
 * The other build the environment names, or undefined when it names none. Exits with a message
 * when both variables are set or the folder holds no built connector-wizard.js.
 */
export function otherBuild(env = process.env) {
  const { BENCH_AGAINST: checkout, COMPARE_DIR: dist } = env;
  if (checkout && dist) fail('BENCH_AGAINST (another checkout) and COMPARE_DIR (another dist) name two builds: set one of them.');
  if (!checkout && !dist) return undefined;
  const dir = resolve(checkout ? join(checkout, 'dist') : dist);
  if (!existsSync(join(dir, 'connector-wizard.js')))
    fail(checkout ? `No dist/connector-wizard.js in ${checkout}: build it there first (npm run build).` : `No connector-wizard.js in COMPARE_DIR=${dist}.`);
  return { dir, label: checkout ?? dist, entry: `${OTHER_PREFIX}connector-wizard.js` };
}

const types = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json', '.css': 'text/css' };

/**
 * Serves `root` (this tree) and, under /other/, `other.dir`, never a file outside either;
 * nothing cached (every cold page fetches again). `gzip` sends files gzipped (level 9), as a
 * real server would; `respond(req, res)` may answer a request first (returns true when it did).
 * Resolves to the port and a close function.
 */
export async function serveBuilds({ root, other, gzip = false, respond = () => false }) {
  const server = createServer((req, res) => {
    if (respond(req, res)) return;
    let path;
    try {
      path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    } catch {
      // A malformed escape (%E0%A4%A) would otherwise throw here and end the whole bench.
      res.writeHead(400).end();
      return;
    }
    let base = resolve(root);
    if (other && path.startsWith(OTHER_PREFIX)) [base, path] = [other.dir, path.slice(OTHER_PREFIX.length)];
    const file = join(base, path);
    // Read through links: a link inside the folder to a file outside it is outside it.
    if (!file.startsWith(base + sep) || !existsSync(file) || !realpathSync(file).startsWith(realpathSync(base) + sep) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    const body = readFileSync(file);
    res.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      ...(gzip && { 'Content-Encoding': 'gzip' }),
    });
    res.end(gzip ? gzipSync(body, { level: 9 }) : body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { port: server.address().port, close: () => server.close() };
}

function fail(message) {
  console.error(message);
  process.exit(1);
}
