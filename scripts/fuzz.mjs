#!/usr/bin/env node
// A long property-based campaign over the hardening generators (__tests__/hardening/fuzz-model.ts):
// runs __tests__/hardening/fuzz.test.ts under Jest with a large case count, records every anomaly
// instead of stopping at the first, watches for hangs, and reports figures at the end.
//
//   npm run fuzz                     # 100,000 cases
//   npm run fuzz -- --runs 50000 --seed 42 --case-ms 5000 --hang-ms 60000 --keep
//
// Anomalies and the Jest log are written to a temporary folder, named at the end.
//
// Exit code: 0 when every case ended in a report or located config errors within the bound;
// 1 on any crash, hang, slow case, unlocated error or rejected valid manifest; 2 on bad arguments.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clearInterval, setInterval } from 'node:timers';
import { parseArgs } from 'node:util';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

let args;
try {
  ({ values: args } = parseArgs({
    options: {
      runs: { type: 'string', default: '100000' },
      seed: { type: 'string' },
      'case-ms': { type: 'string', default: '5000' },
      'hang-ms': { type: 'string', default: '60000' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (error) {
  console.error(`fuzz: ${error.message}`);
  process.exit(2);
}
if (args.help) {
  console.log('Usage: npm run fuzz -- [--runs N] [--seed S] [--case-ms MS] [--hang-ms MS] [--keep]');
  process.exit(0);
}
const positive = (name) => {
  const value = Number(args[name]);
  if (!Number.isInteger(value) || value <= 0) {
    console.error(`fuzz: --${name} must be a positive whole number, not '${args[name]}'`);
    process.exit(2);
  }
  return value;
};
const runs = positive('runs');
const caseMs = positive('case-ms');
const hangMs = positive('hang-ms');
const seed = args.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(args.seed);

const work = mkdtempSync(join(tmpdir(), 'vendor-gate-fuzz-'));
const statsFile = join(work, 'stats.json');
const currentFile = join(work, 'current.json');
const logFile = join(work, 'jest.log');
const anomaliesFile = join(work, 'anomalies.json');

console.log(
  `vendor-gate fuzz: ${runs} cases, seed ${seed}, bound ${caseMs} ms per case (hang after ${hangMs} ms without progress)`,
);
const started = Date.now();
const jest = spawn(
  process.execPath,
  [
    join(repo, 'node_modules/jest/bin/jest.js'),
    '--runInBand',
    '--colors=false',
    '__tests__/hardening/fuzz.test.ts',
  ],
  {
    cwd: repo,
    detached: true,
    env: {
      ...process.env,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim(),
      FUZZ_RUNS: String(runs),
      FUZZ_SEED: String(seed),
      FUZZ_CASE_MS: String(caseMs),
      FUZZ_CONTINUE: '1',
      FUZZ_STATS_FILE: statsFile,
      FUZZ_CURRENT_FILE: currentFile,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  },
);
let log = '';
jest.stdout.on('data', (chunk) => (log += chunk));
jest.stderr.on('data', (chunk) => (log += chunk));

// A hang is a case that has been running for hangMs: the current-case file stops changing.
let hang;
const watchdog = setInterval(() => {
  const since = existsSync(currentFile) ? statSync(currentFile).mtimeMs : started;
  if (Date.now() - since > hangMs) {
    hang = existsSync(currentFile)
      ? JSON.parse(readFileSync(currentFile, 'utf8'))
      : { recipe: ['(before the first case)'] };
    process.kill(-jest.pid, 'SIGKILL');
  }
}, 1000);

const code = await new Promise((done) => jest.on('close', (status) => done(status)));
clearInterval(watchdog);
writeFileSync(logFile, log);
const seconds = ((Date.now() - started) / 1000).toFixed(1);

if (hang) {
  console.log(`\nHANG: a case ran for more than ${hangMs} ms. Recipe: ${hang.recipe.join(' | ')}`);
  console.log(`Input (first 2000 characters):\n${hang.manifest}`);
  writeFileSync(anomaliesFile, JSON.stringify({ seed, hang }, null, 2));
  console.log(`\nWritten to ${anomaliesFile}; Jest log: ${logFile}`);
  process.exit(1);
}
if (!existsSync(statsFile)) {
  console.log(`\nJest ended (exit ${code}) without figures; its output:\n${log.slice(-5000)}`);
  process.exit(1);
}

const stats = JSON.parse(readFileSync(statsFile, 'utf8'));
const durations = [...stats.durationsMs].sort((a, b) => a - b);
const at = (q) => durations[Math.min(durations.length - 1, Math.floor(q * durations.length))] ?? 0;
const pct = (n) => `${((100 * n) / Math.max(1, stats.runs)).toFixed(1)}%`;
const row = (label, value) => console.log(`  ${label.padEnd(34)} ${value}`);

console.log(`\nFigures (${seconds} s in all)`);
row('cases run', stats.runs);
row('valid manifests', `${stats.byKind.valid} (${pct(stats.byKind.valid)})`);
row('broken manifests', `${stats.byKind['broken-manifest']} (${pct(stats.byKind['broken-manifest'])})`);
row('broken local rules', `${stats.byKind['broken-rule']} (${pct(stats.byKind['broken-rule'])})`);
console.log('Outcomes');
for (const [name, count] of Object.entries(stats.outcomes)) row(name, `${count} (${pct(count)})`);
console.log('Outcomes by kind');
for (const [name, count] of Object.entries(stats.byKindOutcome).sort()) row(name, count);
console.log('Time per case (in process, including writing the files)');
row('median', `${at(0.5).toFixed(2)} ms`);
row('p99', `${at(0.99).toFixed(2)} ms`);
row('max', `${(durations.at(-1) ?? 0).toFixed(2)} ms`);
console.log('Most frequent first config errors');
for (const [message, count] of Object.entries(stats.messages)
  .sort((a, b) => b[1] - a[1])
  .slice(0, 8))
  row(String(count), message);

const anomalies = stats.anomalies;
console.log(
  `\nAnomalies (crash, hang, slow case, unlocated error, valid manifest rejected): ${anomalies.length}`,
);
if (anomalies.length > 0) {
  const byProblem = new Map();
  for (const a of anomalies) {
    const key = a.problem
      .split('\n')[0]
      .replace(/\d+ ms/, 'N ms')
      .slice(0, 120);
    byProblem.set(key, [...(byProblem.get(key) ?? []), a]);
  }
  for (const [problem, group] of byProblem) {
    console.log(`\n  ${group.length} × ${problem}`);
    const [first] = group;
    console.log(`    e.g. ${first.kind}; recipe: ${first.recipe.join(' | ')}`);
    console.log(`    ${first.problem.split('\n').slice(1, 4).join('\n    ')}`);
    console.log(`    manifest: ${JSON.stringify(first.manifest.slice(0, 300))}`);
  }
  writeFileSync(anomaliesFile, JSON.stringify({ seed, anomalies }, null, 2));
  console.log(`\nEvery anomaly, with its full input: ${anomaliesFile} (replay with --seed ${seed})`);
}
if (code !== 0 && anomalies.length === 0) {
  console.log(`\nJest failed (exit ${code}) without anomalies; the end of its output:\n${log.slice(-3000)}`);
}
const failed = anomalies.length > 0 || code !== 0;
// Keep the folder when there is something to look at (anomalies.json, jest.log).
if (!args.keep && !failed) rmSync(work, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
