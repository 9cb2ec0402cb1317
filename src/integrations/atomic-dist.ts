// A failed build never leaves a dist/ that looks like a good site: `astro build` writes into a
// staging folder beside the real outDir, and only at the end of astro:build:done (this integration
// is registered last, so the search index and every other step has run) is it swapped in. If the
// build fails anywhere, the previous dist/ stays as it was and the staging folder is removed.
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const STAGING = '.staging-';

/** Staging folder name for the build of process `pid` into `final`. */
function stagingDir(final: string, pid: number): string {
  return path.join(path.dirname(final), `.${path.basename(final)}${STAGING}${pid}`);
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
  const parent = path.dirname(final);
  const prefix = `.${path.basename(final)}${STAGING}`;
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).replace(/-old$/, ''));
    if (Number.isInteger(pid) && pid !== process.pid && !isRunning(pid)) {
      rmSync(path.join(parent, name), { recursive: true, force: true });
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
        // Runs on every way out (error, exit code, Ctrl-C is left to the OS), so no half site lingers.
        process.once('exit', cleanup);
        updateConfig({ outDir: pathToFileURL(`${staging}${path.sep}`) });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!staging) return;
        const built = fileURLToPath(dir).replace(/[\\/]+$/, '');
        if (built !== staging) {
          throw new Error(`atomic-dist: the build went to ${built}, not the staging folder ${staging}; another integration changed outDir after it.`);
        }
        const old = `${staging}-old`;
        const hadFinal = existsSync(final);
        if (hadFinal) await rename(final, old);
        try {
          await rename(staging, final);
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
