// `npm run bench`: how much slower `vendor-gate check` is than the floor any Node-based tool pays.
//
// (a) a full `check` with the scan, in a synthetic monorepo, against a bare `node -e` that lists the
//     tracked files with `git ls-files` and reads each one the scans read (package.json and source);   target ≤ 2.5×
// (b) a cold `check --no-scan` of a 12-service manifest, against `node -e 0`;   target ≤ 2×
// (c) the code-evidence scan (hosts and region signals of every bundled rule) of a generated repo of
//     30,000+ tracked source files, against `git grep -F -f <hostlist>` of the same host literals on
//     the same files;   target ≤ 2×
//
// Candidate and baseline runs are interleaved (ABBA) so drift in machine load hits both alike;
// the report compares medians from the same run. Always exits 0 once it has measured: the figures
// are the result. See bench/README.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism, loadavg } from 'node:os';
import { parse } from 'yaml';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The bundle under test; BENCH_CLI points at another build (say, a prototype) to compare. */
const CLI = resolve(ROOT, process.env.BENCH_CLI || join('dist', 'cli.js'));
const WORK = join(ROOT, 'bench', '.work');
const MONOREPO = join(WORK, 'monorepo');
const SMALL = join(WORK, 'twelve-services');
const STAMP = join(WORK, 'monorepo.params.json');

/** Bump when the generated monorepo changes shape, so an old one is regenerated. */
const GENERATOR_VERSION = 2;
const PARAMS = {
  generator: GENERATOR_VERSION,
  workspaces: positiveInt('BENCH_WORKSPACES', 1500, 12),
  seed: positiveInt('BENCH_SEED', 42),
};
const RUNS = positiveInt('BENCH_RUNS', 15);
const TARGETS = { scan: 2.5, noScan: 2, evidence: 2 };

/** The vendors the monorepo uses, each with an SDK its rule's `detect` patterns match. */
const VENDOR_SDKS = {
  anthropic: '@anthropic-ai/sdk',
  auth0: '@auth0/nextjs-auth0',
  clerk: '@clerk/nextjs',
  neon: '@neondatabase/serverless',
  openai: 'openai',
  posthog: 'posthog-node',
  postmark: 'postmark',
  segment: '@segment/analytics-node',
  sentry: '@sentry/node',
  stripe: 'stripe',
  supabase: '@supabase/supabase-js',
  vercel: '@vercel/analytics',
};
const COMMON_DEPENDENCIES = [
  'react',
  'react-dom',
  'zod',
  'lodash',
  'date-fns',
  'axios',
  'express',
  '@tanstack/react-query',
  'uuid',
  'clsx',
  'tslib',
  'pino',
];
const COMMON_DEV_DEPENDENCIES = ['typescript', 'vitest', 'eslint', '@types/node', 'prettier', 'tsx'];
/** One workspace in this many uses a vendor SDK (one in three of those, two); denser in small repos. */
const VENDOR_EVERY = 8;

function main() {
  if (!existsSync(CLI)) {
    console.error(`bench: ${CLI} is missing; run \`npm run build\` first.`);
    process.exit(1);
  }
  const rules = readRulePlans();
  const packageJsonCount = ensureMonorepo(rules);
  writeSmallRepo(rules);

  const env = benchEnv();
  const scanCandidate = [CLI, 'check', '--manifest', '.github/vendor-gate.yml', '--format', 'json'];
  const noScanCandidate = [...scanCandidate, '--no-scan'];
  const scanBaseline = ['-e', FLOOR_SCRIPT];
  const noScanBaseline = ['-e', '0'];

  const sanity = sanityCheck(MONOREPO, scanCandidate, env, packageJsonCount);
  sanityCheck(SMALL, noScanCandidate, env);

  const [load] = loadavg();
  console.log(
    `\nvendor-gate bench: ${PARAMS.workspaces} workspaces (${packageJsonCount} package.json, ` +
      `${sanity.services} services), ${RUNS} runs each, node ${process.version}, ${relative(ROOT, CLI)}\n`,
  );
  if (load > availableParallelism() / 2)
    console.log(
      `note: load average ${load.toFixed(1)} on ${availableParallelism()} CPUs; other work makes the figures noisy; rerun when the machine is idle.\n`,
    );
  const scan = compare({ cwd: MONOREPO, args: scanCandidate }, { cwd: MONOREPO, args: scanBaseline }, env);
  const noScan = compare({ cwd: SMALL, args: noScanCandidate }, { cwd: SMALL, args: noScanBaseline }, env);
  const evidenceBench = prepareEvidenceBench(env);
  console.log(`(c) runs on ${evidenceBench.files} tracked source files; the scan searches every bundled rule's hosts and region signals.`);
  const evidence = compare(evidenceBench.candidate, evidenceBench.baseline, env);

  const rows = [
    report('(a) check with scan   vs git ls-files + read', scan, TARGETS.scan),
    report('(b) check --no-scan   vs node -e 0          ', noScan, TARGETS.noScan),
    report('(c) code evidence     vs git grep -F -f hosts', evidence, TARGETS.evidence),
  ];
  console.log(rows.map((r) => r.line).join('\n'));
  const failed = rows.filter((r) => !r.pass).length;
  console.log(
    failed === 0
      ? '\nAll targets met.'
      : `\n${failed} of ${rows.length} targets missed. See bench/README.md for how to profile.`,
  );
  writeFileSync(
    join(WORK, 'last-run.json'),
    `${JSON.stringify({ params: PARAMS, runs: RUNS, node: process.version, scan, noScan, evidence }, null, 2)}\n`,
  );
  process.exitCode = 0;
}

/**
 * The floor for a Node-based scan: start Node, list tracked files as the scan does, read every
 * package.json. No parsing, no rules, no report.
 */
const FLOOR_SCRIPT = `
const { execFileSync } = require('node:child_process');
const { readFileSync } = require('node:fs');
const listed = execFileSync('git', ['-c', 'core.fsmonitor=false', 'ls-files', '-z', '--cached'], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
let bytes = 0;
// check reads every package.json (the dependency scan) and every tracked text file outside docs
// (the code-evidence scan for hosts and region signals): the floor reads the same files once each.
for (const file of listed.split('\\0')) {
  if (file !== '' && !file.endsWith('.md')) bytes += readFileSync(file, 'utf8').length;
}
if (bytes === 0) process.exit(3);
`;

/** Run candidate and baseline `RUNS` times each, interleaved ABBA, after one discarded warm-up each. */
function compare(candidate, baseline, env) {
  time(candidate, env);
  time(baseline, env);
  const times = { candidate: [], baseline: [] };
  for (let i = 0; i < RUNS; i++) {
    const order = i % 2 === 0 ? ['candidate', 'baseline'] : ['baseline', 'candidate'];
    for (const which of order) times[which].push(time(which === 'candidate' ? candidate : baseline, env));
  }
  const candidateMedian = median(times.candidate);
  const baselineMedian = median(times.baseline);
  return {
    candidate: { median: candidateMedian, min: Math.min(...times.candidate), runs: times.candidate },
    baseline: { median: baselineMedian, min: Math.min(...times.baseline), runs: times.baseline },
    ratio: candidateMedian / baselineMedian,
  };
}

/** Wall time of one child process in milliseconds; a failed run stops the bench (its figures would lie). */
function time({ cwd, args, command }, env) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command ?? process.execPath, args, {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  // check exits 1 when the gate fails, which is a valid, complete run.
  if (result.error || (result.status !== 0 && result.status !== 1)) {
    console.error(`bench: \`node ${args.join(' ').slice(0, 80)}\` in ${cwd} failed (${result.status})`);
    console.error(String(result.stderr || result.error));
    process.exit(1);
  }
  return elapsed;
}

/** Run the candidate once and make sure it measured what we think: a real report, the scan finding every SDK. */
function sanityCheck(cwd, args, env, expectedPackageJsons) {
  const result = spawnSync(process.execPath, args, {
    cwd,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  let report;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    report = undefined;
  }
  if (!report || report.result === 'error' || (result.status !== 0 && result.status !== 1)) {
    console.error(`bench: check in ${cwd} did not produce a report (exit ${result.status}):`);
    console.error(result.stdout, result.stderr);
    process.exit(1);
  }
  const inventory = report.findings.filter((f) => f.check.startsWith('inventory.'));
  if (expectedPackageJsons !== undefined && inventory.length > 0) {
    console.error('bench: the scan did not match the manifest; the generated repo is off:');
    console.error(inventory.map((f) => `  ${f.check} ${f.vendor}: ${f.message}`).join('\n'));
    process.exit(1);
  }
  return { services: report.services.length };
}

function report(label, { candidate, baseline, ratio }, target) {
  const pass = ratio <= target;
  const ms = (value) => `${value.toFixed(1).padStart(7)} ms`;
  return {
    pass,
    line:
      `${label}  check ${ms(candidate.median)}  baseline ${ms(baseline.median)}  ` +
      `(min ${ms(candidate.min).trim()} / ${ms(baseline.min).trim()})  ` +
      `ratio ${ratio.toFixed(2)}× (target ≤ ${target}×)  ${pass ? 'PASS' : 'FAIL'}`,
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Each vendor's plans, read from the bundled rules so the manifests stay valid as the catalogue changes. */
function readRulePlans() {
  const plans = {};
  for (const id of Object.keys(VENDOR_SDKS)) {
    const file = join(ROOT, 'rules', 'vendors', `${id}.yml`);
    if (!existsSync(file)) {
      console.error(`bench: the catalogue has no rule ${id}; update VENDOR_SDKS in scripts/bench.mjs`);
      process.exit(1);
    }
    plans[id] = parse(readFileSync(file, 'utf8')).plans;
  }
  return plans;
}

/** A realistic 12-service manifest: every requirement set, so every check area runs. */
function manifestText(plans) {
  const services = Object.keys(VENDOR_SDKS).map((id, index) => {
    const choices = plans[id];
    const plan = choices[index % choices.length];
    return [
      `  - vendor: ${id}`,
      `    plan: ${plan}`,
      `    purpose: Used by the ${id} integration`,
      `    data: [contact, usage]`,
      `    agreements: [dpa]`,
      ...(index % 3 === 0 ? ['    opted-out: [ai-training]'] : []),
    ].join('\n');
  });
  return `# Generated by scripts/bench.mjs
version: 1
requirements:
  data: [contact, credentials, usage]
  residency:
    regions: [eu, us]
    transfers: safeguarded
  agreements: [dpa]
  ai-training: forbidden
  deletion-days: 90
  certifications: [soc2-type2]
  subprocessor-notice-days: 14
  features: [data-export]
checks:
  rules.stale: warning
services:
${services.join('\n')}
`;
}

/** Generate the monorepo unless one with the same parameters is already there; returns its package.json count. */
function ensureMonorepo(plans) {
  const stamp = existsSync(STAMP) ? readFileSync(STAMP, 'utf8') : '';
  const wanted = JSON.stringify(PARAMS);
  if (stamp === wanted && existsSync(join(MONOREPO, '.git'))) {
    writeFileSync(join(MONOREPO, '.github', 'vendor-gate.yml'), manifestText(plans));
    return PARAMS.workspaces + 1;
  }
  console.log(`bench: generating ${PARAMS.workspaces} workspaces in ${MONOREPO} ...`);
  rmSync(MONOREPO, { recursive: true, force: true });
  const random = seededRandom(PARAMS.seed);
  const vendors = Object.keys(VENDOR_SDKS);
  // Denser in a small monorepo, so that every declared vendor is used somewhere.
  const vendorEvery = Math.max(1, Math.min(VENDOR_EVERY, Math.floor(PARAMS.workspaces / vendors.length)));
  const files = {
    'package.json': `${JSON.stringify(
      {
        name: 'bench-monorepo',
        private: true,
        workspaces: ['packages/*'],
        devDependencies: { typescript: '^5.9.0', turbo: '^2.5.0' },
      },
      null,
      2,
    )}\n`,
    'README.md': '# Bench monorepo\n\nGenerated by `scripts/bench.mjs`; do not edit.\n',
    '.github/vendor-gate.yml': manifestText(plans),
  };
  for (let i = 0; i < PARAMS.workspaces; i++) {
    const name = `pkg-${String(i).padStart(4, '0')}`;
    const dependencies = {};
    for (const dep of pick(COMMON_DEPENDENCIES, 2 + Math.floor(random() * 5), random))
      dependencies[dep] = `^${1 + Math.floor(random() * 9)}.${Math.floor(random() * 20)}.0`;
    const sdks = [];
    if (i % vendorEvery === 0) {
      const vendorIndex = (i / vendorEvery) % vendors.length;
      sdks.push(VENDOR_SDKS[vendors[vendorIndex]]);
      if (i % (vendorEvery * 3) === 0) sdks.push(VENDOR_SDKS[vendors[(vendorIndex + 5) % vendors.length]]);
    }
    for (const sdk of sdks) dependencies[sdk] = '^4.0.0';
    if (i > 0 && random() < 0.3) dependencies[`@bench/pkg-${String(i - 1).padStart(4, '0')}`] = 'workspace:*';
    const devDependencies = {};
    for (const dep of pick(COMMON_DEV_DEPENDENCIES, 2 + Math.floor(random() * 3), random))
      devDependencies[dep] = `^${1 + Math.floor(random() * 9)}.0.0`;
    const packageJson = {
      name: `@bench/${name}`,
      version: '0.1.0',
      private: true,
      type: 'module',
      main: 'src/index.ts',
      scripts: { build: 'tsc -p .', test: 'vitest run', lint: 'eslint src' },
      dependencies: sortKeys(dependencies),
      devDependencies: sortKeys(devDependencies),
    };
    const dir = `packages/${name}`;
    files[`${dir}/package.json`] = `${JSON.stringify(packageJson, null, 2)}\n`;
    files[`${dir}/README.md`] =
      `# @bench/${name}\n\nA generated workspace.${sdks.length ? ` Talks to ${sdks.join(', ')}.` : ''}\n\n` +
      'Run `npm test` to test it and `npm run build` to build it.\n';
    files[`${dir}/src/index.ts`] = [
      ...sdks.map((sdk, n) => `import * as sdk${n} from '${sdk}';`),
      ...Object.keys(dependencies)
        .filter((dep) => !sdks.includes(dep) && !dep.startsWith('@bench/'))
        .slice(0, 2)
        .map((dep, n) => `import * as dep${n} from '${dep}';`),
      '',
      `export const name = '${name}';`,
      `export function describe(): string {`,
      `  return \`\${name} uses ${sdks.length} vendor SDKs\`;`,
      '}',
      ...sdks.map((_, n) => `export const client${n} = sdk${n};`),
      '',
    ].join('\n');
    files[`${dir}/src/util.ts`] =
      `export function add(a: number, b: number): number {\n  return a + b + ${i};\n}\n`;
  }
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(MONOREPO, path)), { recursive: true });
    writeFileSync(join(MONOREPO, path), text);
  }
  git(MONOREPO, ['init', '-q']);
  git(MONOREPO, ['add', '-A']);
  git(MONOREPO, ['commit', '-q', '-m', 'Generated bench monorepo']);
  writeFileSync(STAMP, wanted);
  return PARAMS.workspaces + 1;
}

/** A tiny folder holding only the 12-service manifest: (b) measures startup and evaluation alone. */
function writeSmallRepo(plans) {
  mkdirSync(join(SMALL, '.github'), { recursive: true });
  writeFileSync(join(SMALL, '.github', 'vendor-gate.yml'), manifestText(plans));
}

/** Git with an identity of its own, no hooks or signing, and no GIT_* variables from a calling hook. */
function git(cwd, args) {
  const result = spawnSync(
    'git',
    [
      '-c',
      'user.name=vendor-gate bench',
      '-c',
      'user.email=bench@example.invalid',
      '-c',
      'commit.gpgsign=false',
      '-c',
      'core.hooksPath=/dev/null',
      '-c',
      'init.defaultBranch=main',
      ...args,
    ],
    { cwd, env: benchEnv(), encoding: 'utf8' },
  );
  if (result.status !== 0) {
    console.error(`bench: git ${args.join(' ')} failed:\n${result.stderr}`);
    process.exit(1);
  }
}

/** The caller's environment without what would skew either side: GIT_* from a hook, NODE_OPTIONS from jest. */
function benchEnv() {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('GIT_') && name !== 'NODE_OPTIONS'),
  );
  return { ...env, VENDOR_GATE_TODAY: '2026-11-26' };
}

/** A small deterministic PRNG (mulberry32), so the same seed gives the same monorepo. */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(pool, count, random) {
  const copy = [...pool];
  const chosen = [];
  while (chosen.length < count && copy.length > 0)
    chosen.push(copy.splice(Math.floor(random() * copy.length), 1)[0]);
  return chosen;
}

function sortKeys(object) {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function positiveInt(name, fallback, minimum = 1) {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < minimum) {
    console.error(`bench: ${name} must be an integer of at least ${minimum}, not '${value}'`);
    process.exit(1);
  }
  return parsed;
}

// ---------------------------------------------------------------------------------------------
// (c) the code-evidence scan against git grep -F

const EVIDENCE_REPO = join(WORK, 'evidence-repo');
const EVIDENCE_STAMP = join(WORK, 'evidence-repo.params.json');
const EVIDENCE_RUNNER = join(WORK, 'evidence-runner', 'index.js');
const EVIDENCE_PARAMS = {
  generator: 1,
  files: positiveInt('BENCH_EVIDENCE_FILES', 30000, 100),
  seed: positiveInt('BENCH_SEED', 42),
};
/** One source file in this many talks to a vendor host. */
const VENDOR_LINE_EVERY = 40;
/** Lines as apps write them: hosts the bundled rules know, in DSNs, base URLs and connection strings. */
const VENDOR_LINES = [
  "  dsn: 'https://abc123@o4501.ingest.de.sentry.io/4502',",
  "  api_host: 'https://eu.i.posthog.com',",
  "  baseURL: 'https://eu.api.openai.com/v1',",
  "  connectionString: 'postgresql://app:pw@ep-cool-darkness-a1b2c3d4-pooler.eu-central-1.aws.neon.tech/db',",
  "  endpoint: 'https://s3.eu-west-1.amazonaws.com',",
  "  url: 'https://api.eu.mailgun.net/v3',",
  "  issuer: 'https://acme.eu.auth0.com/',",
  "  host: 'https://api-eu.mixpanel.com',",
  "  apiUrl: 'https://api.stripe.com/v1',",
  "  site: 'datadoghq.eu',",
];

/**
 * Generate the repo (once per parameters), bundle the gatherer into a runner (every time: it is the
 * code under test), and write the host list: every bundled rule's host globs as fixed strings.
 */
function prepareEvidenceBench(env) {
  const rules = readdirSync(join(ROOT, 'rules', 'vendors'))
    .filter((file) => file.endsWith('.yml'))
    .sort()
    .map((file) => parse(readFileSync(join(ROOT, 'rules', 'vendors', file), 'utf8')));
  const hosts = new Set();
  for (const rule of rules) {
    const globs = [...(rule.detect?.hosts ?? []), ...(rule.detect?.regions ?? []).flatMap((s) => (s.host ? [s.host] : []))];
    // The literal a glob must contain: what follows its last `*.`.
    for (const glob of globs) hosts.add(glob.slice(glob.lastIndexOf('*') + 1).replace(/^\./, ''));
  }
  mkdirSync(WORK, { recursive: true });
  writeFileSync(join(WORK, 'evidence-rules.json'), JSON.stringify(rules));
  writeFileSync(join(WORK, 'evidence-hosts.txt'), `${[...hosts].sort().join('\n')}\n`);
  const files = ensureEvidenceRepo();
  bundleEvidenceRunner();
  const candidate = { cwd: EVIDENCE_REPO, args: [EVIDENCE_RUNNER, join(WORK, 'evidence-rules.json')] };
  const baseline = {
    cwd: EVIDENCE_REPO,
    command: 'git',
    args: ['-c', 'core.fsmonitor=false', 'grep', '-F', '-n', '-f', join(WORK, 'evidence-hosts.txt')],
  };
  // Both must see the same vendor lines: one per generated vendor file.
  const expected = Math.floor((files - 1) / VENDOR_LINE_EVERY) + 1;
  const ran = spawnSync(process.execPath, candidate.args, { cwd: EVIDENCE_REPO, env, encoding: 'utf8' });
  const grep = spawnSync('git', baseline.args, { cwd: EVIDENCE_REPO, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const counts = ran.status === 0 ? JSON.parse(ran.stdout) : undefined;
  const grepLines = grep.stdout.split('\n').filter((line) => line !== '').length;
  if (!counts || counts.filesRead !== files || counts.lines !== expected || grepLines !== expected) {
    console.error(
      `bench: code evidence sanity check failed: expected ${expected} vendor lines in ${files} files; ` +
        `scan ${JSON.stringify(counts)} (exit ${ran.status}: ${ran.stderr.slice(0, 500)}), git grep ${grepLines} lines`,
    );
    process.exit(1);
  }
  return { candidate, baseline, files };
}

/** `files` tracked source files under services/*\/src, one in VENDOR_LINE_EVERY with a vendor line. */
function ensureEvidenceRepo() {
  const wanted = JSON.stringify(EVIDENCE_PARAMS);
  const stamp = existsSync(EVIDENCE_STAMP) ? readFileSync(EVIDENCE_STAMP, 'utf8') : '';
  if (stamp === wanted && existsSync(join(EVIDENCE_REPO, '.git'))) return EVIDENCE_PARAMS.files;
  console.log(`bench: generating ${EVIDENCE_PARAMS.files} source files in ${EVIDENCE_REPO} ...`);
  rmSync(EVIDENCE_REPO, { recursive: true, force: true });
  const random = seededRandom(EVIDENCE_PARAMS.seed);
  const perService = 50;
  for (let i = 0; i < EVIDENCE_PARAMS.files; i++) {
    const service = `svc-${String(Math.floor(i / perService)).padStart(4, '0')}`;
    const name = `module-${String(i % perService).padStart(2, '0')}`;
    const path = join(EVIDENCE_REPO, 'services', service, 'src', `${name}.ts`);
    if (i % perService === 0) mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, sourceFile(i, random));
  }
  git(EVIDENCE_REPO, ['init', '-q']);
  git(EVIDENCE_REPO, ['add', '-A']);
  git(EVIDENCE_REPO, ['commit', '-q', '-m', 'Generated code-evidence bench repo']);
  writeFileSync(EVIDENCE_STAMP, wanted);
  return EVIDENCE_PARAMS.files;
}

/** About 1.5 KB of ordinary TypeScript: imports, types, property access, object literals, a comment. */
function sourceFile(i, random) {
  const n = 1 + Math.floor(random() * 1000);
  const lines = [
    "import { z } from 'zod';",
    "import type { Request, Response } from 'express';",
    `import { logger } from '../lib/logger.js';`,
    '',
    `/** Handles the ${n}th kind of request; see the service README for the contract. */`,
    `export const Schema${i} = z.object({ id: z.string().uuid(), count: z.number().int().min(0), name: z.string() });`,
    `export type Input${i} = z.infer<typeof Schema${i}>;`,
    '',
    `export async function handle${i}(req: Request, res: Response): Promise<void> {`,
    `  const parsed = Schema${i}.safeParse(req.body);`,
    '  if (!parsed.success) {',
    "    logger.warn({ issues: parsed.error.issues.length }, 'invalid input');",
    '    res.status(400).json({ error: parsed.error.message });',
    '    return;',
    '  }',
    `  const total = parsed.data.count * ${n} + Math.max(0, parsed.data.name.length - ${n % 7});`,
    "  res.setHeader('content-type', 'application/json');",
    '  res.json({ id: parsed.data.id, total, at: new Date().toISOString() });',
    '}',
    '',
    `export const config${i} = {`,
    `  retries: ${n % 5},`,
    `  timeoutMs: ${1000 + n},`,
    ...(i % VENDOR_LINE_EVERY === 0 ? [VENDOR_LINES[(i / VENDOR_LINE_EVERY) % VENDOR_LINES.length]] : []),
    "  tags: ['api', 'v2'],",
    '};',
    '',
  ];
  return lines.join('\n');
}

/** Bundle a tiny runner around src/detect/code-evidence.ts with ncc, as the CLI bundle is built. */
function bundleEvidenceRunner() {
  const evidenceModule = join(ROOT, 'src', 'detect', 'code-evidence.js');
  const entry = join(WORK, 'evidence-runner-entry.ts');
  writeFileSync(
    entry,
    [
      "import { readFileSync } from 'node:fs';",
      `import { gatherCodeEvidence } from ${JSON.stringify(evidenceModule)};`,
      "const rules = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8'));",
      'const evidence = await gatherCodeEvidence(process.cwd(), rules);',
      "const lines = new Set([...evidence.hosts, ...evidence.regions].map((e) => `${e.location.file}:${e.location.line}`));",
      'const { filesRead } = evidence;',
      'process.stdout.write(JSON.stringify({ filesRead, hosts: evidence.hosts.length, regions: evidence.regions.length, lines: lines.size }));',
      '',
    ].join('\n'),
  );
  const bundler = [
    "import { createRequire } from 'node:module';",
    "import { mkdirSync, writeFileSync } from 'node:fs';",
    "import { dirname, join } from 'node:path';",
    'const [entry, out] = process.argv.slice(1);',
    "const ncc = createRequire(join(process.cwd(), 'package.json'))('@vercel/ncc');",
    "const { code } = await ncc(entry, { quiet: true, minify: false, sourceMap: false, license: '' });",
    'mkdirSync(dirname(out), { recursive: true });',
    'writeFileSync(out, code);',
    "writeFileSync(join(dirname(out), 'package.json'), JSON.stringify({ type: 'module' }));",
  ].join('\n');
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', bundler, entry, EVIDENCE_RUNNER], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    console.error(`bench: could not bundle the code-evidence runner:\n${result.stderr}`);
    process.exit(1);
  }
}

main();
