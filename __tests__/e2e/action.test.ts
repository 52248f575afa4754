/**
 * The bundled action (dist/index.js) run as the runner runs it: env-only inputs, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, workflow commands on stdout. Run `npm run build` first.
 */
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import {
  expectSpecReportShape,
  FAKE_TOKEN,
  gitInit,
  lineOf,
  makeWorkspace,
  removeTempDirs,
  REPO,
  runAction,
  runCli,
  STACK_FRAME,
  writeFiles,
  type ActionRun,
  type SpecReport,
} from './helpers.js';

const MANIFEST = '.github/vendor-gate.yml';
const EU_PORTAL = 'examples/eu-research-portal';
const CONFIG_TYPO = '__tests__/fixtures/e2e/config-typo';
const UNDECLARED_SDK = '__tests__/fixtures/e2e/undeclared-sdk';

afterAll(removeTempDirs);

function annotationsFor(run: ActionRun, check: string) {
  return run.annotations.filter((a) => a.properties.title === `vendor-gate: ${check}`);
}

/** The error messages a user reads in the log: every `::error` command. */
function errorMessages(run: ActionRun): string {
  return run.commands
    .filter((c) => c.command === 'error')
    .map((c) => c.message)
    .join('\n');
}

describe('a failing gate: the EU research portal example', () => {
  let workspace: string;
  let run: ActionRun;
  beforeAll(() => {
    workspace = makeWorkspace([EU_PORTAL]);
    run = runAction(workspace);
  });

  test('fails the step with exit code 1', () => {
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(run.status).toBe(1);
  });

  test('annotates the `vendor: clerk` line with residency.outside-allowed, citing the DPA', () => {
    const at = lineOf(workspace, MANIFEST, 'vendor: clerk');
    const [annotation, ...more] = annotationsFor(run, 'residency.outside-allowed');
    expect(more).toEqual([]);
    expect(annotation?.command).toBe('error');
    expect(annotation?.properties).toEqual({
      title: 'vendor-gate: residency.outside-allowed',
      file: MANIFEST,
      line: String(at.line),
      endLine: String(at.line),
      col: String(at.column),
      endColumn: String(at.column + 'vendor: clerk'.length),
    });
    expect(annotation?.message).toContain('Clerk');
    expect(annotation?.message).toContain('https://clerk.com/legal/dpa');
    // A multi-line message reaches the runner as one command: newlines and % escaped, nothing else raw.
    expect(annotation?.message.split('\n').length).toBeGreaterThan(1);
    expect(annotation?.raw).not.toMatch(/%(?!25|0D|0A)/);
  });

  test('sets result=fail and counts that match the annotations', () => {
    const count = (level: string) => String(run.annotations.filter((a) => a.command === level).length);
    expect(run.outputs.result).toBe('fail');
    expect(Number(run.outputs.errors)).toBeGreaterThan(0);
    expect(run.outputs.errors).toBe(count('error'));
    expect(run.outputs.warnings).toBe(count('warning'));
    expect(run.outputs.notices).toBe(count('notice'));
    expect(run.outputs['report-file']).toBeUndefined();
  });

  test('writes a job summary with the verdict, the services table and the source links', () => {
    expect(run.summary).toMatch(/Vendor Gate failed/i);
    const rows = run.summary
      .split('\n')
      .filter((line) => line.startsWith('|'))
      .map((line) => line.split('|').map((cell) => cell.trim()));
    expect(rows.some((cells) => cells.includes('residency'))).toBe(true);
    expect(rows.some((cells) => cells.some((c) => /\bclerk\b/.test(c)) && cells.includes('pro'))).toBe(true);
    expect(run.summary).toContain('residency.outside-allowed');
    expect(run.summary).toContain('](https://clerk.com/legal/dpa)');
  });
});

test('a passing gate: the internal tool example exits 0 with result=pass', () => {
  const run = runAction(makeWorkspace(['examples/internal-tool']));
  expect(run.status).toBe(0);
  expect(run.outputs.result).toBe('pass');
  expect(run.outputs.errors).toBe('0');
  expect(run.annotations.filter((a) => a.command === 'error')).toEqual([]);
  expect(run.summary).toMatch(/Vendor Gate passed/i);
});

test('fail-on=never: the failing example exits 0 with result=pass, still annotated', () => {
  const run = runAction(makeWorkspace([EU_PORTAL]), { 'fail-on': 'never' });
  expect(run.status).toBe(0);
  expect(run.outputs.result).toBe('pass');
  expect(annotationsFor(run, 'residency.outside-allowed')).toHaveLength(1);
});

describe('report-file', () => {
  let workspace: string;
  let run: ActionRun;
  beforeAll(() => {
    workspace = makeWorkspace([EU_PORTAL]);
    mkdirSync(join(workspace, 'out'));
    run = runAction(workspace, { 'report-file': 'out/report.json' });
  });

  test('writes the SPEC §4 JSON report and sets the report-file output', () => {
    expect(run.status).toBe(1);
    expect(run.outputs['report-file']).toBe('out/report.json');
    const report: unknown = JSON.parse(readFileSync(join(workspace, 'out/report.json'), 'utf8'));
    expectSpecReportShape(report);
    expect(report.manifest).toBe(MANIFEST);
    expect(report.result).toBe('fail');
    expect(report.services).toEqual([{ vendor: 'clerk', plan: 'pro', status: 'fail' }]);
    expect([report.counts.error, report.counts.warning, report.counts.notice].map(String)).toEqual([
      run.outputs.errors,
      run.outputs.warnings,
      run.outputs.notices,
    ]);
    const at = lineOf(workspace, MANIFEST, 'vendor: clerk');
    const residency = report.findings.find((f) => f.check === 'residency.outside-allowed');
    expect(residency).toMatchObject({ severity: 'error', vendor: 'clerk', service: 0, waived: null });
    expect(residency?.location).toEqual({
      file: MANIFEST,
      line: at.line,
      column: at.column,
      endLine: at.line,
      endColumn: at.column + 'vendor: clerk'.length,
    });
    expect(residency?.evidence).toContainEqual(
      expect.objectContaining({
        fact: 'hosting.regions',
        value: ['us'],
        status: 'confirmed',
        source: 'https://clerk.com/legal/dpa',
        verified: '2026-06-07',
      }),
    );
  });

  test('the report file is what `vendor-gate check --format json` prints, plus the unreadable base', () => {
    const cli = runCli(workspace, ['check', '--format', 'json']);
    // The runner's API is unreachable here, so the base manifest could not be read: a warning the
    // CLI (no --base) has no reason to report.
    const action = JSON.parse(readFileSync(join(workspace, 'out/report.json'), 'utf8')) as SpecReport;
    const outage = action.findings.filter((f) => f.check === 'policy.weakened');
    expect(outage.map((f) => [f.severity, f.location.line, f.message])).toEqual([
      ['warning', 1, expect.stringMatching(/base branch's manifest .* could not be read/)],
    ]);
    expect(JSON.parse(cli.stdout)).toEqual({
      ...action,
      counts: { ...action.counts, warning: action.counts.warning - 1 },
      findings: action.findings.filter((f) => f.check !== 'policy.weakened'),
    });
  });
});

test('report-file in a folder that does not exist yet: the folder is created', () => {
  const workspace = makeWorkspace([EU_PORTAL]);
  const run = runAction(workspace, { 'report-file': 'reports/vendor-gate.json' });
  expect(errorMessages(run)).not.toMatch(/ENOENT|internal error/);
  expect(run.status).toBe(1);
  expect(run.outputs.result).toBe('fail');
  expect(run.outputs['report-file']).toBe('reports/vendor-gate.json');
  expect(existsSync(join(workspace, 'reports/vendor-gate.json'))).toBe(true);
});

describe('a manifest with a typo: located config error, exit 2', () => {
  let workspace: string;
  let run: ActionRun;
  beforeAll(() => {
    workspace = makeWorkspace([CONFIG_TYPO]);
    run = runAction(workspace);
  });

  test('exits 2 with result=error and no stack trace', () => {
    expect(run.status).toBe(2);
    expect(run.outputs.result).toBe('error');
    expect(run.stdout + run.stderr).not.toMatch(STACK_FRAME);
  });

  test("annotates the typo'd key's line, naming it and suggesting the right one", () => {
    const at = lineOf(workspace, MANIFEST, 'regoins');
    const typo = run.commands.find((c) => c.command === 'error' && c.message.includes("'regoins'"));
    expect(typo?.properties).toMatchObject({ file: MANIFEST, line: String(at.line), col: String(at.column) });
    expect(typo?.message).toMatch(/did you mean 'regions'/i);
  });
});

test('a missing manifest exits 2 with a message naming it', () => {
  const run = runAction(makeWorkspace([], { 'package.json': '{}\n' }));
  expect(run.status).toBe(2);
  expect(run.outputs.result).toBe('error');
  expect(errorMessages(run)).toMatch(/\.github\/vendor-gate\.yml.*not found/);
  expect(run.stdout + run.stderr).not.toMatch(STACK_FRAME);
});

describe('paths outside the workspace are refused', () => {
  const typoManifest = readFileSync(join(REPO, CONFIG_TYPO, MANIFEST), 'utf8');
  let viaDotDot: ActionRun;
  let viaSymlink: ActionRun;
  let reportOutside: ActionRun;
  let reportOutsidePath: string;
  beforeAll(() => {
    // ../x.yml exists and has a typo: had it been read, its config error would be annotated.
    const workspace = makeWorkspace();
    writeFiles(dirname(workspace), { 'x.yml': typoManifest });
    viaDotDot = runAction(workspace, { manifest: '../x.yml' });

    const linked = makeWorkspace();
    writeFiles(dirname(linked), { 'outside.yml': typoManifest });
    mkdirSync(join(linked, '.github'));
    symlinkSync(join(dirname(linked), 'outside.yml'), join(linked, MANIFEST));
    viaSymlink = runAction(linked);

    const portal = makeWorkspace([EU_PORTAL]);
    reportOutsidePath = join(dirname(portal), 'report.json');
    reportOutside = runAction(portal, { 'report-file': '../report.json' });
  });

  test('manifest ../x.yml: exit 2, result=error, nothing read', () => {
    expect(viaDotDot.status).toBe(2);
    expect(viaDotDot.outputs.result).toBe('error');
    expect(errorMessages(viaDotDot)).toMatch(/\.\.\/x\.yml.*outside the workspace/);
    expect(viaDotDot.annotations).toEqual([]);
    expect(viaDotDot.stdout).not.toContain('regoins');
  });

  test('a manifest symlinked to a file outside the workspace: exit 2, nothing read', () => {
    expect(viaSymlink.status).toBe(2);
    expect(viaSymlink.outputs.result).toBe('error');
    expect(errorMessages(viaSymlink)).toMatch(/outside the workspace/);
    expect(viaSymlink.stdout).not.toContain('regoins');
  });

  test('report-file ../report.json: exit 2, result=error, no file written', () => {
    expect(reportOutside.status).toBe(2);
    expect(reportOutside.outputs.result).toBe('error');
    expect(errorMessages(reportOutside)).toMatch(/\.\.\/report\.json.*outside the workspace/);
    expect(existsSync(reportOutsidePath)).toBe(false);
    expect(reportOutside.outputs['report-file']).toBeUndefined();
  });

  test('is reported as bad input, not as an internal error of the tool', () => {
    for (const run of [viaDotDot, viaSymlink, reportOutside])
      expect(errorMessages(run)).not.toMatch(/internal error/i);
  });
});

test('the token never appears in the log, the summary, the outputs or the report', () => {
  const failing = makeWorkspace([EU_PORTAL]);
  const runs = [
    runAction(failing, { 'report-file': 'vendor-gate.json' }),
    runAction(makeWorkspace([CONFIG_TYPO])),
    runAction(makeWorkspace(['examples/internal-tool']), { comment: 'always' }),
  ];
  expect(runs.map((r) => r.status)).toEqual([1, 2, 0]);
  for (const run of runs) {
    // `::add-mask::` is the one line that must carry it: the runner consumes it and masks the value.
    const log = run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    for (const text of [log, run.stderr, run.summary, run.outputFile]) expect(text).not.toContain(FAKE_TOKEN);
  }
  expect(readFileSync(join(failing, 'vendor-gate.json'), 'utf8')).not.toContain(FAKE_TOKEN);
});

describe('scan: package.json depends on @clerk/nextjs, the manifest declares no Clerk service', () => {
  const undeclared = (run: ActionRun) => annotationsFor(run, 'inventory.undeclared');

  function expectUndeclaredAtDependency(workspace: string, run: ActionRun): void {
    const dependency = lineOf(workspace, 'package.json', '"@clerk/nextjs"');
    const [annotation, ...more] = undeclared(run);
    expect(more).toEqual([]);
    expect(annotation?.command).toBe('error');
    expect(annotation?.properties).toMatchObject({ file: 'package.json', line: String(dependency.line) });
    // At the package name, with or without its opening quote.
    expect([dependency.column, dependency.column + 1]).toContain(Number(annotation?.properties.col));
    expect(annotation?.message).toContain('@clerk/nextjs');
    expect(run.status).toBe(1);
    expect(run.outputs.result).toBe('fail');
  }

  function expectNoInventoryFinding(run: ActionRun): void {
    expect(run.annotations.filter((a) => a.properties.title?.startsWith('vendor-gate: inventory.'))).toEqual(
      [],
    );
    expect(run.status).toBe(0);
    expect(run.outputs.result).toBe('pass');
  }

  test('plain folder, scan=true: inventory.undeclared at the dependency line', () => {
    const workspace = makeWorkspace([UNDECLARED_SDK]);
    expectUndeclaredAtDependency(workspace, runAction(workspace, { scan: 'true' }));
  });

  test('plain folder, scan=false: no inventory finding', () => {
    expectNoInventoryFinding(runAction(makeWorkspace([UNDECLARED_SDK]), { scan: 'false' }));
  });

  test('git checkout, scan=true: found through git ls-files', () => {
    const workspace = makeWorkspace([UNDECLARED_SDK]);
    gitInit(workspace);
    expectUndeclaredAtDependency(workspace, runAction(workspace, { scan: 'true' }));
  });

  test('git checkout, scan=false: no inventory finding', () => {
    const workspace = makeWorkspace([UNDECLARED_SDK]);
    gitInit(workspace);
    expectNoInventoryFinding(runAction(workspace, { scan: 'false' }));
  });

  test('git checkout: an untracked package.json is not scanned (what is committed is what is checked)', () => {
    const workspace = makeWorkspace([UNDECLARED_SDK]);
    gitInit(workspace, ['.github']);
    expectNoInventoryFinding(runAction(workspace, { scan: 'true' }));
  });
});
