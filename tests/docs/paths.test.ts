// Every repository path the documentation names must exist: a README that points to a moved file
// sends the next person to the wrong place. Paths are read from code spans and Markdown links in
// README.md, DEVELOPERS.md, docs/ and every folder's README.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** Folders a path may start with; a code span starting elsewhere is not a repository path. */
const ROOTS = ['.ci', '.github', 'bench', 'content', 'docs', 'model', 'public', 'scripts', 'service', 'src', 'studio', 'tests', 'tools'];

/** What builds, tests and tools write: named in the docs, absent from a fresh clone. */
const OUTPUTS = [
  'dist/',
  'dist-preview/',
  'reports/',
  'bench/results/',
  'node_modules/',
  '.astro/',
  'studio/dist/',
  'service/data/',
  'service/mail/',
  '.tmp/',
];

/** Files the tools write, named on their own in the docs. */
const OUTPUT_NAMES = [
  'content-report.json',
  'schedule.json',
  'published-count.json',
  'report.json',
  'report.md',
  'editor-report.json',
  'editor-report.html',
];

/** Folders that hold no documented source: dependencies, output, caches. */
const SKIP = new Set(['node_modules', 'dist', 'dist-preview', 'reports', 'results', '.git', '.astro', '.tmp']);

/** Every file and folder name in the repository, for names the docs give without their folder ("`data.ts` in the tool"). */
function repositoryNames(dir = '', names = new Set<string>()): Set<string> {
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      names.add(`${entry.name}/`);
      repositoryNames(path, names);
    } else names.add(entry.name);
  }
  return names;
}

const REPOSITORY_NAMES = repositoryNames();

/** Markdown files that document the repository (not dependencies, not generated output). */
function docFiles(): string[] {
  const files = ['README.md', 'DEVELOPERS.md'];
  const walk = (dir: string) => {
    for (const name of readdirSync(join(ROOT, dir))) {
      if (SKIP.has(name) || name.startsWith('.')) continue;
      const path = dir ? `${dir}/${name}` : name;
      if (statSync(join(ROOT, path)).isDirectory()) walk(path);
      else if ((dir.startsWith('docs') && name.endsWith('.md')) || (dir && name === 'README.md')) files.push(path);
    }
  };
  walk('');
  return files.filter((f) => existsSync(join(ROOT, f)));
}

/** Candidate paths in a Markdown text: code spans and link targets that look like repository paths. */
function namedPaths(markdown: string): string[] {
  const found = new Set<string>();
  for (const [, span] of markdown.matchAll(/`([^`\n]+)`/g)) {
    for (const word of span!.split(/\s+/)) found.add(word);
  }
  for (const [, target] of markdown.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)) found.add(target!);
  return [...found]
    .map((p) => p.replace(/^\.\//, '').replace(/[),.;:]+$/, ''))
    .filter((p) => !/^[a-z]+:/i.test(p) && !p.startsWith('/') && !p.startsWith('-'))
    .filter((p) => !/[{}<>*…$=|]|\.\.\./.test(p))
    .filter((p) => p.includes('/') || /\.(md|json|ts|mjs|tsx|astro|yml|ndjson|css|js)$/.test(p));
}

/** Whether `path`, named in `doc`, exists relative to the repository root or to the document's folder. */
function exists(path: string, doc: string): boolean {
  if (OUTPUTS.some((o) => path === o.slice(0, -1) || path.startsWith(o))) return true;
  // A bare name: an extension (`.ndjson`), an output, or a file or folder somewhere in the repository.
  if (!path.replace(/\/$/, '').includes('/')) {
    if (/^\.[a-z]+$/.test(path) || OUTPUT_NAMES.includes(path)) return true;
    if (REPOSITORY_NAMES.has(path)) return true;
  }
  return existsSync(join(ROOT, path)) || existsSync(join(ROOT, dirname(doc), path));
}

describe('paths named in the documentation', () => {
  const docs = docFiles();

  it('reads the README, DEVELOPERS.md, docs/ and folder READMEs', () => {
    expect(docs).toContain('README.md');
    expect(docs).toContain('docs/content-model.md');
    expect(docs).toContain('studio/README.md');
  });

  it.each(docs)('%s names only paths that exist', (doc) => {
    const text = readFileSync(join(ROOT, doc), 'utf8');
    const missing = namedPaths(text)
      .filter((p) => ROOTS.some((r) => p === r || p.startsWith(`${r}/`)) || !p.includes('/') || relative('.', p) !== p)
      .filter((p) => p.includes('/') || /\.[a-z]+$/.test(p))
      .filter((p) => !exists(p, doc));
    expect(missing, `${doc} names paths that do not exist`).toEqual([]);
  });

  it('notices a path that does not exist', () => {
    const names = namedPaths('See `src/content/nothing-here.ts` and [the guide](docs/none.md).');
    expect(names).toEqual(['src/content/nothing-here.ts', 'docs/none.md']);
    expect(names.filter((p) => !exists(p, 'README.md'))).toEqual(names);
  });
});
