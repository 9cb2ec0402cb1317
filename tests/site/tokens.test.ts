// Tokens only: colours, widths and sizes live in the theme block of src/styles/global.css, and the
// markup names them as Tailwind utilities (`text-muted`, `max-w-measure`). An arbitrary
// `[var(--…)]` class or a colour written out in a component is a copy that drifts when the theme
// changes; the charts take their colours from the same tokens.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build.ts';

/** What bypasses the tokens, with what to write instead. */
const OFF_THEME: { pattern: RegExp; instead: string }[] = [
  { pattern: /[\w:-]+-\[var\(--[^\]]*\]/, instead: 'use the token as a utility: text-muted, bg-surface, max-w-measure' },
  { pattern: /[\w:-]+-\(--[\w-]+\)/, instead: 'use the token as a utility, not the (--token) shorthand' },
  { pattern: /#[0-9a-f]{6}\b|#[0-9a-f]{3}\b(?![\w-])/i, instead: 'name a colour token of src/styles/global.css' },
];

/** Files outside src/styles/ that may name a colour. */
const MARKUP = /\.(astro|ts|tsx)$/;

async function sourceFiles(withStyles = false): Promise<string[]> {
  const entries = await readdir(path.join(ROOT, 'src'), { recursive: true });
  return entries
    .map(String)
    .filter((f) => (withStyles ? /\.(astro|ts|tsx|css)$/.test(f) : MARKUP.test(f) && !f.startsWith('styles')))
    .map((f) => path.join('src', f));
}

/** Every line of `text` that bypasses the tokens, as "file:line: text (what to do)". */
function offTheme(file: string, text: string): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, i) => {
    // An id fragment (`href="#main"`, `url(#x)`) is not a colour; hex colours are 3 or 6 hex digits.
    for (const rule of OFF_THEME) if (rule.pattern.test(line)) found.push(`${file}:${i + 1}: ${line.trim()} (${rule.instead})`);
  });
  return found;
}

describe('tokens only', () => {
  it('no component, layout or route writes an arbitrary var() class or a colour of its own', async () => {
    const files = await sourceFiles();
    expect(files.length).toBeGreaterThan(60);
    const found: string[] = [];
    for (const file of files) found.push(...offTheme(file, await readFile(path.join(ROOT, file), 'utf8')));
    expect(found).toEqual([]);
  });

  it('the rules find an arbitrary var() class, the shorthand and a written-out colour', () => {
    expect(offTheme('x.astro', '<p class="mt-2 text-[var(--color-muted)]">')).toHaveLength(1);
    expect(offTheme('x.astro', '<p class="max-w-(--container-prose)">')).toHaveLength(1);
    expect(offTheme('x.astro', '<rect fill="#00573f" />')).toHaveLength(1);
    expect(offTheme('x.astro', '<a href="#main" class="text-muted max-w-measure">')).toEqual([]);
  });

  it('every colour utility the markup uses is a token of the theme', async () => {
    const css = await readFile(path.join(ROOT, 'src/styles/global.css'), 'utf8');
    const tokens = new Set([...css.matchAll(/--color-([\w-]+):/g)].map(([, name]) => name));
    expect(tokens.size).toBeGreaterThan(10);
    const used = new Set<string>();
    for (const file of await sourceFiles()) {
      const text = await readFile(path.join(ROOT, file), 'utf8');
      for (const [, name] of text.matchAll(/var\(--color-([\w-]+)\)/g)) used.add(name!);
      for (const [, name] of text.matchAll(
        /\b(?:text|bg|border|fill|stroke)-((?:ink|muted|paper|surface|line|brand|link|focus|alert|warn|info|circulair|duurzaam|digitaal)[\w-]*)/g,
      ))
        used.add(name!);
    }
    expect([...used].filter((name) => !tokens.has(name))).toEqual([]);
  });

  it('every var(--…) the site reads is a custom property the site defines', async () => {
    const defined = new Set<string>();
    const used = new Map<string, string>();
    for (const file of await sourceFiles(true)) {
      const text = await readFile(path.join(ROOT, file), 'utf8');
      for (const [, name] of text.matchAll(/(?:^|[\s;{])--([\w-]+)\s*:/gm)) defined.add(name!);
      for (const [, name] of text.matchAll(/var\(--([\w-]+)[),]/g)) if (!used.has(name!)) used.set(name!, file);
    }
    expect(defined.has('color-ink') && defined.has('container-measure')).toBe(true);
    expect([...used].filter(([name]) => !defined.has(name)).map(([name, file]) => `--${name} (${file})`)).toEqual([]);
  });
});
