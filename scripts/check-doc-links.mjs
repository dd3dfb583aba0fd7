// The package's docs never link outside it: every link in a Markdown file that `npm pack` ships
// (inline, reference-style, autolink or HTML) names a file that ships too, and a `#fragment`
// names a heading of that file (GitHub's slugs). A link with a scheme (https:, mailto:) is
// outside the package by definition. An address written as text or code is not a link.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
const shipped = new Set(pack.files.map((file) => file.path));
const markdown = [...shipped].filter((path) => path.endsWith('.md'));

/** Fenced code (``` or ~~~, indented or not): no link and no heading is in it. */
const withoutFences = (text) => text.replace(/^\s*(```|~~~)[\s\S]*?^\s*\1/gmu, '');
/** Fences and code spans: what is in them is not a link. */
const withoutCode = (text) => withoutFences(text).replace(/`[^`\n]*`/gu, '');

/** GitHub's heading anchors: lower case, punctuation but `-` and `_` dropped, spaces to hyphens, repeats numbered. */
function anchors(text) {
  const seen = new Map();
  const found = new Set();
  const unfenced = withoutFences(text);
  const headings = [...unfenced.matchAll(/^#{1,6}\s+(.+?)\s*#*$/gmu), ...unfenced.matchAll(/^(\S.*)\n(?:=+|-+)\s*$/gmu)].map((m) => m[1]);
  for (const heading of headings) {
    const plain = heading.replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1').replace(/[`*]/gu, '');
    const slug = plain
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/gu, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    found.add(count ? `${slug}-${count}` : slug);
  }
  return found;
}

/** Every link target: inline `[x](target "title")`, reference definitions `[x]: target`, autolinks `<https://…>`, `href="…"`. */
function targets(text) {
  const prose = withoutCode(text);
  return [
    ...[...prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/gu)].map((m) => m[1]),
    ...[...prose.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$/gmu)].map((m) => m[1]),
    ...[...prose.matchAll(/<([a-z][a-z0-9+.-]*:[^\s>]+)>/giu)].map((m) => m[1]),
    ...[...prose.matchAll(/\bhref\s*=\s*["']([^"']+)["']/giu)].map((m) => m[1]),
  ];
}

const problems = [];
let links = 0;
for (const file of markdown) {
  for (const target of targets(readFileSync(file, 'utf8'))) {
    links++;
    if (/^[a-z][a-z0-9+.-]*:/iu.test(target)) {
      problems.push(`${file}: ${target} is outside the package`);
      continue;
    }
    const [path, fragment] = target.split('#');
    const resolved = path ? normalize(join(dirname(file), decodeURIComponent(path))) : file;
    if (!shipped.has(resolved)) {
      problems.push(`${file}: ${target} names ${resolved}, which the package does not ship`);
      continue;
    }
    if (fragment && resolved.endsWith('.md') && !anchors(readFileSync(resolved, 'utf8')).has(decodeURIComponent(fragment)))
      problems.push(`${file}: ${target} names no heading of ${resolved}`);
  }
}

if (problems.length > 0) {
  console.error(`check-doc-links: ${problems.length} link(s) in the package's docs lead nowhere it ships:`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log(`check-doc-links: ${links} links in ${markdown.length} shipped Markdown files, all to files and headings the package ships.`);
