// No source file in src/ over 400 lines (issue 13): a file that long does more than one thing.
// Locale tables (src/messages/locales/) and tests (*.test.ts, src/test/ helpers) are exempt.
// README.md stays at most 10,000 bytes (issue 13): details go in docs/.
import { readdirSync, readFileSync } from 'node:fs';

const ROOT = 'src';
const MAX_LINES = 400;
const MAX_README_BYTES = 10_000;
const lineCount = (text) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0); // as `wc -l`, plus an unterminated last line
const exempt = (file) => file.endsWith('.test.ts') || file.startsWith('src/test/') || file.startsWith('src/messages/locales/');

const offenders = readdirSync(ROOT, { recursive: true, encoding: 'utf8' })
  .map((file) => `${ROOT}/${file.split('\\').join('/')}`)
  .filter((file) => /\.(ts|js|mjs|css)$/u.test(file) && !exempt(file))
  .map((file) => ({ file, lines: lineCount(readFileSync(file, 'utf8')) }))
  .filter(({ lines }) => lines > MAX_LINES)
  .sort((a, b) => b.lines - a.lines);

if (offenders.length > 0) {
  console.error(`check-file-size: ${offenders.length} file(s) in ${ROOT}/ over ${MAX_LINES} lines (locales and tests aside):`);
  for (const { file, lines } of offenders) console.error(`  ${file}: ${lines} lines`);
  process.exit(1);
}
const readmeBytes = readFileSync('README.md').length;
if (readmeBytes > MAX_README_BYTES) {
  console.error(`check-file-size: README.md is ${readmeBytes} bytes, over ${MAX_README_BYTES}: move details to docs/.`);
  process.exit(1);
}
console.log(`check-file-size: every file in ${ROOT}/ is at most ${MAX_LINES} lines (locales and tests aside), README.md ${readmeBytes} of ${MAX_README_BYTES} bytes.`);
