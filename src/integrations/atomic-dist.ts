// A failed build never leaves a dist/ that looks like a good site: `astro build` writes into a
// staging folder beside the real outDir, and only at the end of astro:build:done (this integration
// is registered last, so the search index and every other step has run) is it swapped in. If the
// build fails anywhere, the previous dist/ stays as it was and the staging folder is removed.
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { cp, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const STAGING = '.staging-';

/**
 * Folder the staging folder lives in: beside the final outDir, so the swap is a rename. Astro puts
 * its prerender chunks in `<outDir>/.prerender/` only when outDir is inside the working directory,
 * otherwise in a shared `./.astro/.prerender/`, where builds running side by side (tests building
 * into temporary folders) would overwrite each other's chunks. So an outDir outside the working
 * directory is staged inside it.
 */
function stagingParent(final: string): string {
  const cwd = process.cwd();
  if (final.startsWith(cwd + path.sep)) return path.dirname(final);
  return path.join(cwd, 'node_modules', '.mkb-staging');
}

/** Staging folder of the build of process `pid` into `final`. */
function stagingDir(final: string, pid: number): string {
  return path.join(stagingParent(final), `.${path.basename(final)}${STAGING}${pid}`);
}

/** Moves a folder; copies when it has to cross file systems. */
async function move(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await cp(from, to, { recursive: true });
    await rm(from, { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes staging folders left by builds that were killed (their process is gone). */
function removeStaleStaging(final: string): void {
  const prefix = `.${path.basename(final)}${STAGING}`;
  for (const parent of new Set([stagingParent(final), path.dirname(final)])) {
    let names: string[];
    try {
      names = readdirSync(parent);
    } catch {
      continue;
    }
    for (const name of names) {
      if (!name.startsWith(prefix)) continue;
      const pid = Number(name.slice(prefix.length).replace(/-old$/, ''));
      if (Number.isInteger(pid) && pid !== process.pid && !isRunning(pid)) {
        rmSync(path.join(parent, name), { recursive: true, force: true });
      }
    }
  }
}

/** Builds into a staging folder and swaps it in only when the whole build has succeeded. */
export default function atomicDist(): AstroIntegration {
  let final = '';
  let staging = '';
  let swapped = false;
  const cleanup = () => {
    if (staging && !swapped) rmSync(staging, { recursive: true, force: true });
  };
  return {
    name: 'mkb-atomic-dist',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        final = fileURLToPath(config.outDir).replace(/[\\/]+$/, '');
        staging = stagingDir(final, process.pid);
        removeStaleStaging(final);
        rmSync(staging, { recursive: true, force: true });
        mkdirSync(path.dirname(staging), { recursive: true });
        // Runs on every way out (error, exit code, Ctrl-C is left to the OS), so no half site lingers.
        process.once('exit', cleanup);
        updateConfig({ outDir: pathToFileURL(`${staging}${path.sep}`) });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!staging) return;
        const built = fileURLToPath(dir).replace(/[\\/]+$/, '');
        if (built !== staging) {
          throw new Error(
            `atomic-dist: the build went to ${built}, not the staging folder ${staging}; another integration changed outDir after it.`,
          );
        }
        // The old site is moved aside beside itself (same file system: a rename), then replaced.
        const old = path.join(path.dirname(final), `.${path.basename(final)}${STAGING}${process.pid}-old`);
        const hadFinal = existsSync(final);
        if (hadFinal) await rename(final, old);
        try {
          await move(staging, final);
        } catch (error) {
          if (hadFinal) await rename(old, final);
          throw error;
        }
        swapped = true;
        if (hadFinal) await rm(old, { recursive: true, force: true });
        logger.info(`Site written to ${final}`);
      },
    },
  };
}
