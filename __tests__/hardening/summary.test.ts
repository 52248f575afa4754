/**
 * The job summary stays under GitHub's 1 MiB limit (issue 11, finding 15: 999 services made 6.7 MB,
 * which GitHub refuses, losing the whole summary). Cut at a line, with a note saying so.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { capSummary, MAX_SUMMARY_BYTES } from '../../src/report/cap-summary.js';
import { cleanSandboxes, MANIFEST, sandbox, spawnAction } from './helpers.js';

afterAll(cleanSandboxes);

const MiB = 1024 * 1024;

describe('the job summary is capped under 1 MiB', () => {
  test('999 failing services: the summary is under 1 MiB and says it was shortened', async () => {
    const services = Array.from(
      { length: 999 },
      (_, i) => `  - vendor: clerk\n    plan: free\n    purpose: app ${i}\n`,
    );
    const manifest = `version: 1\nrequirements:\n  data: [contact, health]\n  residency:\n    regions: [eu]\n  ai-training: forbidden\n  deletion-days: 30\nservices:\n${services.join('')}`;
    const s = sandbox({ [MANIFEST]: manifest });
    const run = await spawnAction(s, {}, {}, 60_000);
    expect(run.status).toBe(1);
    expect(Buffer.byteLength(run.summary, 'utf8')).toBeLessThan(MiB);
    expect(run.summary).toContain("shortened to stay under GitHub's 1 MiB limit");
  }, 90_000);

  test('a short summary is unchanged', () => {
    expect(capSummary('## Vendor Gate passed\n')).toBe('## Vendor Gate passed\n');
  });

  test('a long one is cut at a line boundary, open <details> and fences closed', () => {
    const line = '| clerk | residency.outside-allowed | ✗ é |';
    const text = `<details><summary>x</summary>\n\n\`\`\`\n${`${line}\n`.repeat(60_000)}`;
    const capped = capSummary(text);
    expect(Buffer.byteLength(capped, 'utf8')).toBeLessThanOrEqual(MAX_SUMMARY_BYTES);
    const body = capped.slice(0, capped.indexOf('\n```\n</details>'));
    expect(
      body
        .split('\n')
        .slice(3)
        .every((l) => l === line),
    ).toBe(true);
    expect(capped).toContain('\n```\n</details>\n\n---\n_This summary was shortened');
  });
});
