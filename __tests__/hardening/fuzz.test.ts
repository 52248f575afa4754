/**
 * Property-based hardening: generated manifests (valid ones from the vocabularies and the real
 * catalogue, broken ones by mutation) and broken local rules go through `evaluateRepository`. Every
 * run must end in a report or in located config errors, with an exit status of 0, 1 or 2, within a
 * time bound, and without touching the built-in prototypes. A valid manifest must give a report.
 *
 * Environment: FUZZ_RUNS (default 250), FUZZ_SEED, FUZZ_CASE_MS (per-case bound, default 5000).
 * scripts/fuzz.mjs sets FUZZ_CONTINUE=1 (record every anomaly instead of stopping at the first),
 * FUZZ_STATS_FILE (write the figures there) and FUZZ_CURRENT_FILE (the case being run, for hangs).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { CHECK_IDS } from '../../src/checks/registry.js';
import { anyCase, type CaseKind, type FuzzCase } from './fuzz-model.js';
import {
  cleanSandboxes,
  evaluateRepository,
  exitStatus,
  MANIFEST,
  options,
  prototypeSnapshot,
  sandbox,
  type Outcome,
} from './helpers.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? '') || 250;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
/** A case takes 5–50 ms; 5 s per case is over 100× that, so a loaded machine does not fail it. */
const CASE_MS = Number(process.env.FUZZ_CASE_MS ?? '') || 5000;
const CONTINUE = process.env.FUZZ_CONTINUE === '1';
const STATS_FILE = process.env.FUZZ_STATS_FILE;
const CURRENT_FILE = process.env.FUZZ_CURRENT_FILE;

type OutcomeName = 'pass' | 'fail' | 'config-error' | 'usage-error' | 'internal-error' | 'thrown';

interface Anomaly {
  kind: CaseKind;
  problem: string;
  recipe: string[];
  manifest: string;
  rules: Record<string, string>;
}

const stats = {
  runs: 0,
  seed: SEED ?? null,
  byKind: { valid: 0, 'broken-manifest': 0, 'broken-rule': 0 } as Record<CaseKind, number>,
  outcomes: {
    pass: 0,
    fail: 0,
    'config-error': 0,
    'usage-error': 0,
    'internal-error': 0,
    thrown: 0,
  } as Record<OutcomeName, number>,
  byKindOutcome: {} as Record<string, number>,
  durationsMs: [] as number[],
  messages: {} as Record<string, number>,
  anomalies: [] as Anomaly[],
};
/** In strict mode fast-check re-runs a failing case while shrinking; those runs are not counted. */
let counting = true;

const ws = sandbox();
const prototypesBefore = prototypeSnapshot();

afterAll(() => {
  cleanSandboxes();
  if (STATS_FILE) {
    mkdirSync(dirname(STATS_FILE), { recursive: true });
    writeFileSync(STATS_FILE, JSON.stringify(stats));
  }
});

function show(content: string | Buffer): string {
  const text = typeof content === 'string' ? content : content.toString('latin1');
  return text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
}

function writeCase(c: FuzzCase): void {
  rmSync(join(ws.workspace, '.github'), { recursive: true, force: true });
  mkdirSync(join(ws.workspace, '.github'), { recursive: true });
  writeFileSync(join(ws.workspace, MANIFEST), c.manifest);
  for (const [path, content] of Object.entries(c.rules)) {
    mkdirSync(dirname(join(ws.workspace, path)), { recursive: true });
    writeFileSync(join(ws.workspace, path), content);
  }
}

function lineCount(content: string | Buffer): number {
  return (typeof content === 'string' ? content : content.toString('utf8')).split(/\r\n|\r|\n/).length;
}

/** What is wrong with this outcome for this case, if anything. */
function problemWith(
  c: FuzzCase,
  outcome: Outcome | { kind: 'thrown'; error: unknown },
  ms: number,
): string | undefined {
  if (ms > CASE_MS) return `took ${Math.round(ms)} ms (bound ${CASE_MS} ms)`;
  if (outcome.kind === 'thrown') {
    const error = outcome.error as Error;
    return `threw ${error?.name}: ${error?.message}\n${error?.stack?.split('\n').slice(1, 6).join('\n')}`;
  }
  if (({} as Record<string, unknown>).polluted !== undefined || Object.keys(Object.prototype).length > 0)
    return 'Object.prototype was modified';
  const status = exitStatus(outcome);
  if (![0, 1, 2].includes(status)) return `exit status ${status}`;
  if (outcome.kind === 'usage-error') return `usage error from file content: ${outcome.message}`;
  if (outcome.kind === 'internal-error') return `internal error: ${outcome.message}`;
  if (outcome.kind === 'config-error') {
    if (c.kind === 'valid')
      return `valid manifest rejected: ${outcome.errors.map((e) => `${e.location.line}:${e.location.column} ${e.message}`).join('; ')}`;
    if (status !== 2) return `config error with exit status ${status}`;
    if (outcome.errors.length === 0) return 'config error with no errors';
    const files: Record<string, string | Buffer> = { [MANIFEST]: c.manifest, ...c.rules };
    for (const error of outcome.errors) {
      const { file, line, column, endLine, endColumn } = error.location;
      const located =
        file in files &&
        [line, column, endLine, endColumn].every((n) => Number.isInteger(n) && n >= 1) &&
        endLine >= line &&
        line <= lineCount(files[file]!) + 1;
      if (!located) return `unlocated error: ${JSON.stringify(error)}`;
      if (typeof error.message !== 'string' || error.message.trim() === '') return 'error without a message';
    }
    return undefined;
  }
  const { report } = outcome;
  if (status !== (report.result === 'pass' ? 0 : 1))
    return `result ${report.result} with exit status ${status}`;
  const live = report.findings.filter((f) => f.waived === null);
  const counted = report.counts.error + report.counts.warning + report.counts.notice;
  if (counted !== live.length || report.counts.waived !== report.findings.length - live.length)
    return `counts ${JSON.stringify(report.counts)} do not match ${report.findings.length} findings`;
  for (const finding of report.findings) {
    if (!CHECK_IDS.includes(finding.check)) return `finding for unknown check ${finding.check}`;
    const { line, column } = finding.location;
    if (!(Number.isInteger(line) && line >= 1 && Number.isInteger(column) && column >= 1))
      return `unlocated finding ${JSON.stringify(finding.location)}`;
    if (finding.service !== null && !(finding.service >= 0 && finding.service < report.services.length))
      return `finding names service ${finding.service} of ${report.services.length}`;
  }
  return undefined;
}

/** `'mars' is not allowed for requirements.residency.regions[1]` → `'…' is not allowed for …`. */
function messageShape(message: string): string {
  return message
    .replace(/'[^'\n]*'/g, "'…'")
    .replace(/\b(services|waivers|assurances)\[\d+\]/g, '$1[n]')
    .replace(/(?<![-\w])\d+/g, 'N')
    .slice(0, 90);
}

async function runCase(c: FuzzCase): Promise<boolean> {
  if (CURRENT_FILE)
    writeFileSync(CURRENT_FILE, JSON.stringify({ recipe: c.recipe, manifest: show(c.manifest) }));
  writeCase(c);
  const started = performance.now();
  let outcome: Outcome | { kind: 'thrown'; error: unknown };
  try {
    outcome = await evaluateRepository(options(ws.workspace));
  } catch (error) {
    outcome = { kind: 'thrown', error };
  }
  const ms = performance.now() - started;
  const problem = problemWith(c, outcome, ms);
  if (counting) {
    const name: OutcomeName = outcome.kind === 'report' ? outcome.report.result : outcome.kind;
    stats.runs++;
    stats.byKind[c.kind]++;
    stats.outcomes[name]++;
    stats.byKindOutcome[`${c.kind} → ${name}`] = (stats.byKindOutcome[`${c.kind} → ${name}`] ?? 0) + 1;
    stats.durationsMs.push(Math.round(ms * 100) / 100);
    if (outcome.kind === 'config-error') {
      const shape = messageShape(outcome.errors[0]!.message);
      stats.messages[shape] = (stats.messages[shape] ?? 0) + 1;
    }
    if (problem) {
      stats.anomalies.push({
        kind: c.kind,
        problem,
        recipe: c.recipe,
        manifest: show(c.manifest),
        rules: Object.fromEntries(Object.entries(c.rules).map(([k, v]) => [k, show(v)])),
      });
    }
  }
  if (problem && !CONTINUE) {
    counting = false;
    return false;
  }
  return true;
}

test(
  `${RUNS} generated manifests and local rules: a report or located config errors, exit 0/1/2, within ${CASE_MS} ms each`,
  async () => {
    const property = fc.asyncProperty(anyCase, (c) => runCase(c));
    const parameters = { numRuns: RUNS, ...(SEED !== undefined ? { seed: SEED } : {}) };
    if (CONTINUE) await fc.check(property, parameters);
    else await fc.assert(property, parameters);
    expect(stats.anomalies.map((a) => `${a.kind}: ${a.problem}\n  recipe: ${a.recipe.join(' | ')}`)).toEqual(
      [],
    );
    expect(prototypeSnapshot()).toEqual(prototypesBefore);
    // The generator must really reach both sides: valid manifests and broken ones.
    expect(stats.byKind.valid).toBeGreaterThan(RUNS / 10);
    expect(stats.outcomes['config-error']).toBeGreaterThan(RUNS / 10);
  },
  Math.max(60_000, RUNS * 300),
);
