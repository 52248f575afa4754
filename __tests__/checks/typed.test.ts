/**
 * The compiler guards the tables: a misspelt check id and a requirement key missing from the
 * requirements table do not compile. Each `@ts-expect-error` below fails `npm run typecheck` (and
 * this test) the day the guard it shows stops working.
 */
import { describe, expect, test } from '@jest/globals';
import { CHECK_IDS, type CheckId } from '../../src/checks/registry.js';
import { defineArea, type CheckMeta } from '../../src/checks/types.js';
import { REQUIREMENTS, type RequirementKey, type RequirementRule } from '../../src/manifest/requirements.js';

const META: CheckMeta = { severity: 'error', description: 'A test check.', help: 'Nothing to do.' };

describe('compile-time guards', () => {
  test('a context reports only its area’s own check ids', () => {
    const area = defineArea({
      area: 'features',
      checks: { 'features.example': META },
      service(ctx) {
        ctx.report('features.example', { message: 'ok', remediation: 'ok' });
        // @ts-expect-error a misspelt id
        ctx.report('features.exmaple', { message: 'typo', remediation: 'typo' });
        // @ts-expect-error another area's id
        ctx.report('features.plan', { message: 'not ours', remediation: 'not ours' });
      },
    });
    expect(Object.keys(area.checks)).toEqual(['features.example']);
  });

  test('a check id starts with its area', () => {
    // @ts-expect-error an id outside its area
    defineArea({ area: 'features', checks: { 'hipaa.example': META } });
    // @ts-expect-error not a registered id
    const id: CheckId = 'residency.outside-alowed';
    expect(CHECK_IDS).not.toContain(id);
  });

  test('the requirements table has every requirement key', () => {
    const { data, residency } = REQUIREMENTS;
    // @ts-expect-error agreements, ai-training, ... are missing
    const partial = { data, residency } satisfies { [K in RequirementKey]-?: RequirementRule<K> };
    expect(Object.keys(partial)).toHaveLength(2);
  });
});
