// The GitHub workflows, read as GitHub reads them: which jobs run for which trigger, in which
// concurrency group, with which secrets, uploading what. A scheduled check must never replace,
// cancel or swallow a pending publish, and nothing unpublished may leave a public run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { evaluate, parse as groqParse } from 'groq-js';
import { parse } from 'yaml';
import { ROOT } from '../helpers/build.ts';

interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Job {
  if?: string;
  environment?: string | { name: string };
  needs?: string | string[];
  uses?: string;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  env?: Record<string, string>;
  permissions?: Record<string, string>;
  outputs?: Record<string, string>;
  steps?: Step[];
}
interface Workflow {
  on: Record<string, any>;
  env?: Record<string, string>;
  concurrency?: unknown;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const read = (name: string) => readFileSync(path.join(ROOT, '.github/workflows', name), 'utf8');
const siteText = read('site.yml');
const site = parse(siteText) as Workflow;
const tests = parse(read('test.yml')) as Workflow;

type Trigger = { event: string; preview?: boolean; hook?: boolean; ref?: string; failing?: string[] };
const PUBLISHES: Trigger[] = [{ event: 'push' }, { event: 'workflow_dispatch' }, { event: 'push', hook: true }];

/** Evaluates a job's `if` the way GitHub does for the expressions this workflow uses. */
function condition(
  expr: string | undefined,
  trigger: Trigger,
  needs: Record<string, { result: string; outputs: Record<string, string> }>,
): boolean {
  if (!expr) return Object.values(needs).every((n) => n.result === 'success');
  const js = expr.replace(/^\$\{\{|\}\}$/g, '').replace(/always\(\)/g, 'true');
  const fn = new Function('github', 'inputs', 'needs', `return (${js});`) as (...a: unknown[]) => unknown;
  const ok = Boolean(
    fn(
      { event_name: trigger.event, ref: trigger.ref ?? 'refs/heads/main' },
      { preview: trigger.preview ?? false, preview_artifact: false },
      needs,
    ),
  );
  // Without always() a job is skipped when a job it needs did not succeed.
  return ok && (/always\(\)/.test(expr) || Object.values(needs).every((n) => n.result === 'success'));
}

/** The jobs that run for a trigger, in the order GitHub would start them. */
function runningJobs(trigger: Trigger): string[] {
  const results: Record<string, { result: string; outputs: Record<string, string> }> = {};
  const pending = Object.keys(site.jobs);
  const ran: string[] = [];
  while (pending.length) {
    const name = pending.find((n) => [site.jobs[n]!.needs ?? []].flat().every((d) => d in results));
    if (!name) throw new Error('a job needs a job that does not exist');
    pending.splice(pending.indexOf(name), 1);
    const job = site.jobs[name]!;
    const needs = Object.fromEntries([job.needs ?? []].flat().map((d) => [d, results[d]!]));
    const runs = condition(job.if, trigger, needs);
    const result = !runs ? 'skipped' : trigger.failing?.includes(name) ? 'failure' : 'success';
    results[name] = { result, outputs: { host: trigger.hook ? 'hook' : 'pages' } };
    if (runs) ran.push(name);
  }
  return ran;
}

const steps = (job: string) => site.jobs[job]!.steps ?? [];
const builds = (job: string) => steps(job).some((s) => /npm run build/.test(s.run ?? ''));
const deploys = (job: string) => steps(job).some((s) => /deploy-pages|DEPLOY_HOOK_URL/.test(`${s.uses ?? ''} ${s.run ?? ''}`));

describe('a scheduled check never replaces, cancels or swallows a publish', () => {
  test('a scheduled run only checks, in a concurrency group of its own, and builds nothing', () => {
    const scheduled = runningJobs({ event: 'schedule' });
    expect(scheduled).toEqual(['check']);
    expect(builds('check') || deploys('check')).toBe(false);
    const publishGroups = new Set(PUBLISHES.flatMap((t) => runningJobs(t)).map((j) => site.jobs[j]!.concurrency?.group));
    expect(publishGroups.has(site.jobs.check!.concurrency!.group)).toBe(false);
    // No workflow-wide group that would put a check and a publish in one queue.
    expect(site.concurrency).toBeUndefined();
  });

  test('when a rebuild is due, the check queues a publish of this workflow instead of building', () => {
    const due = steps('check').find((s) => /schedule-check/.test(s.run ?? ''))!;
    expect(due.run).toMatch(/0\) gh workflow run site\.yml/);
    expect(site.jobs.check!.permissions).toEqual({ contents: 'read', actions: 'write' });
    expect(site.on.workflow_dispatch.inputs.preview.default).toBe(false);
  });

  test('every publish builds and deploys in one queue that is never cancelled', () => {
    for (const trigger of PUBLISHES) {
      const jobs = runningJobs(trigger);
      const building = jobs.filter(builds);
      expect(building, trigger.event).toEqual(['build']);
      expect(jobs.filter(deploys), trigger.event).toEqual(trigger.hook ? ['build'] : ['build', 'deploy']);
    }
    for (const [name, job] of Object.entries(site.jobs)) {
      if (job.concurrency) expect(job.concurrency['cancel-in-progress'], name).toBe(false);
    }
    expect(site.jobs.build!.concurrency!.group).toBe('site-publish');
  });

  test('a preview runs alone, in its own group, and never deploys the public site', () => {
    expect(runningJobs({ event: 'workflow_dispatch', preview: true })).toEqual(['preview']);
    expect(site.jobs.preview!.concurrency!.group).not.toBe(site.jobs.build!.concurrency!.group);
  });
});

describe('what leaves a run', () => {
  const uploads = (job: string) => steps(job).filter((s) => /upload-(pages-)?artifact/.test(s.uses ?? ''));
  const paths = (s: Step) =>
    String(s.with?.path ?? '')
      .split('\n')
      .map((p) => p.trim())
      .filter(Boolean);

  test('public runs upload only the built site and the schedule files, never the reports folder', () => {
    const uploaded = new Set(['build', 'deploy', 'remember'].flatMap((j) => uploads(j).flatMap(paths)));
    expect([...uploaded].sort()).toEqual(['dist/', 'reports/published-count.json', 'reports/schedule.json']);
    // And nothing prints the editor report (with unpublished titles) into a public log.
    expect(siteText).not.toMatch(/content:report|content-report/);
  });

  test('the preview artifact is opt-in', () => {
    const [upload] = uploads('preview');
    expect(upload!.if).toMatch(/inputs\.preview_artifact/);
    expect(site.on.workflow_dispatch.inputs.preview_artifact).toMatchObject({ type: 'boolean', default: false });
  });

  test('secrets are set only on the steps that use them, never where dependencies are installed', () => {
    const secretIn = (value: unknown) => /secrets\./.test(JSON.stringify(value ?? {}));
    expect(secretIn(site.env)).toBe(false);
    for (const [name, job] of Object.entries(site.jobs)) {
      expect(secretIn(job.env), `${name}: job env`).toBe(false);
      for (const step of job.steps ?? []) {
        if (/npm (ci|install)/.test(step.run ?? '')) expect(secretIn(step.env), `${name}: ${step.name}`).toBe(false);
      }
    }
    // Each secret is read only where its value is needed.
    const users = Object.entries(site.jobs).flatMap(([job, j]) =>
      (j.steps ?? []).filter((s) => secretIn(s.env)).map((s) => `${job}: ${s.name}`),
    );
    expect(users.sort()).toEqual([
      'build: Build',
      'build: Call the deploy hook',
      'build: Where does it deploy?',
      'preview: Build',
      'preview: Deploy the preview',
      'preview: The token is not in the site',
    ]);
    // No checkout leaves the job token in .git/config for install scripts to find.
    for (const wf of [site, tests]) {
      for (const job of Object.values(wf.jobs)) {
        for (const step of job.steps ?? [])
          if (/actions\/checkout@/.test(step.uses ?? '')) expect(step.with?.['persist-credentials']).toBe(false);
      }
    }
  });

  test('third-party actions are pinned by commit SHA, with the version in a comment', () => {
    const lines = [siteText, read('test.yml')]
      .join('\n')
      .split('\n')
      .filter((l) => /^\s*(-\s*)?uses:/.test(l));
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) {
      const target = line.replace(/^\s*(-\s*)?uses:\s*/, '');
      if (target.startsWith('./')) continue;
      expect(target, line).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    }
  });
});

describe('tests gate every deploy', () => {
  test('test.yml runs npm test on pull requests, pushes, and when site.yml calls it', () => {
    expect(Object.keys(tests.on).sort()).toEqual(['pull_request', 'push', 'workflow_call']);
    expect(tests.jobs.test!.steps!.map((s) => s.run).filter(Boolean)).toContain('npm test');
    expect(site.jobs.test!.uses).toBe('./.github/workflows/test.yml');
    for (const job of ['build', 'preview']) expect([site.jobs[job]!.needs].flat(), job).toContain('test');
    // main's pushes are tested by site.yml before the build, so test.yml leaves them out to run once.
    expect(tests.on.push['branches-ignore']).toEqual(['main']);
  });

  test('a push is tested before it builds, and a failing suite stops the deploy', () => {
    expect(runningJobs({ event: 'push' }).slice(0, 2)).toEqual(['test', 'build']);
    const failed = runningJobs({ event: 'push', failing: ['test'] });
    expect(failed.filter((j) => builds(j) || deploys(j))).toEqual([]);
    // A hand-started run on another branch is tested too.
    expect(runningJobs({ event: 'workflow_dispatch', ref: 'refs/heads/feature' })[0]).toBe('test');
  });

  test("a content publish builds main's already tested code at once, so it goes live within minutes", () => {
    for (const event of ['workflow_dispatch']) {
      const jobs = runningJobs({ event });
      expect(jobs, event).not.toContain('test');
      expect(jobs, event).toContain('build');
    }
  });
});

describe('GitHub Pages is the default host', () => {
  /** Runs the "Where does it deploy?" step's script as the runner would; returns its outputs. */
  function host(hasHook: boolean): string {
    const step = steps('build').find((s) => s.id === 'host')!;
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'mkb-gh-')), 'output');
    writeFileSync(out, '');
    execFileSync('bash', ['-e', '-c', step.run!], { env: { ...process.env, HAS_HOOK: String(hasHook), GITHUB_OUTPUT: out } });
    return readFileSync(out, 'utf8').trim();
  }

  test('without a deploy hook the site goes to Pages through the official actions; with one, the hook is called', () => {
    expect(host(false)).toBe('host=pages');
    expect(host(true)).toBe('host=hook');
    expect(steps('build').find((s) => s.id === 'host')!.env).toEqual({ HAS_HOOK: "${{ secrets.DEPLOY_HOOK_URL != '' }}" });
    const used = Object.values(site.jobs).flatMap((j) => (j.steps ?? []).map((s) => s.uses?.split('@')[0]));
    expect(used).toEqual(expect.arrayContaining(['actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages']));
    expect(site.jobs.deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  test("the build's SITE_URL is the variable, or else the Pages address, so a project site gets its base path", () => {
    const build = steps('build').find((s) => s.name === 'Build')!;
    expect(build.env!.SITE_URL).toBe('${{ vars.SITE_URL || steps.pages.outputs.base_url }}');
  });
});

describe('least privilege for publishing', () => {
  const secretJobs = Object.entries(site.jobs)
    .filter(([, job]) => (job.steps ?? []).some((step) => /secrets\./.test(JSON.stringify(step.env ?? {}))))
    .map(([name]) => name);

  /** The README's and docs' text about setting up the Sanity webhook (wherever the docs keep it). */
  function webhookSteps(): string {
    const texts = [path.join(ROOT, 'README.md'), ...readdirSync(path.join(ROOT, 'docs')).map((f) => path.join(ROOT, 'docs', f))]
      .filter((f) => f.endsWith('.md'))
      .map((f) => readFileSync(f, 'utf8'));
    const text = texts.find((t) => /^#+ Setting up the Sanity webhook/m.test(t));
    expect(text, 'a "Setting up the Sanity webhook" section in README.md or docs/').toBeDefined();
    const section = text!.slice(text!.search(/^#+ Setting up the Sanity webhook/m));
    const body = section.slice(section.indexOf('\n'));
    const end = body.search(/\n#+ /);
    return end === -1 ? section : section.slice(0, section.indexOf('\n') + end);
  }

  test('the Sanity webhook starts this workflow with workflow_dispatch: its token needs only Actions, never Contents', async () => {
    expect(site.on.repository_dispatch).toBeUndefined();
    const steps = webhookSteps();
    expect(steps).toMatch(/\*\*Actions: Read and write\*\*/);
    expect(steps).not.toMatch(/Contents: Read and write|repository_dispatch/);
    const url = /`(https:\/\/api\.github\.com\/repos\/OWNER\/REPO\/[^`]+)`/.exec(steps)?.[1];
    expect(url).toBe('https://api.github.com/repos/OWNER/REPO/actions/workflows/site.yml/dispatches');
    // The projection is the request body GitHub gets: GROQ, run here by groq-js as Sanity runs it.
    const projection = /Projection[^`]*`([^`]+)`/.exec(steps)?.[1];
    const body = (await (await evaluate(groqParse(projection!), { dataset: [] })).get()) as { ref: string; inputs?: object };
    expect(body.ref).toBe('main');
    for (const input of Object.keys(body.inputs ?? {})) expect(Object.keys(site.on.workflow_dispatch.inputs)).toContain(input);
    expect(runningJobs({ event: 'workflow_dispatch' })).toEqual(expect.arrayContaining(['build', 'deploy']));
  });

  test('only main builds, deploys and reads the publishing secrets, through an environment only main may use', () => {
    expect(secretJobs.sort()).toEqual(['build', 'preview']);
    for (const name of secretJobs) {
      expect(site.jobs[name]!.environment, name).toBe('publish');
      expect(site.jobs[name]!.if, name).toMatch(/github\.ref == 'refs\/heads\/main'/);
    }
    for (const trigger of [{ event: 'workflow_dispatch' }, { event: 'workflow_dispatch', preview: true }]) {
      const jobs = runningJobs({ ...trigger, ref: 'refs/heads/feature' });
      expect(jobs, JSON.stringify(trigger)).toEqual(['test']);
    }
    expect(webhookSteps()).toMatch(/Environments.*`publish`.*only `main`/s);
  });
});
