import { readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { BUNDLED_RULES } from '../src/catalogue/generated/bundled-rules.js';
import { MANIFEST_SCHEMA_URL } from '../src/cli/init.js';
import { validateManifestSchema } from '../src/source/schema-validation.js';

const hints = JSON.parse(readFileSync('schemas/vendor-gate.catalogue.schema.json', 'utf8')) as {
  definitions: {
    service: {
      properties: { vendor: { examples: string[] } };
      allOf: {
        if: { properties: { vendor: { const: string } } };
        then: { properties: { plan: { examples: string[] } } };
      }[];
    };
  };
};
const manifestSchema = JSON.parse(readFileSync('schemas/vendor-gate.schema.json', 'utf8')) as { $id: string };

describe('editor hints in the manifest schema', () => {
  test('list every catalogued vendor id and its plans', () => {
    expect(hints.definitions.service.properties.vendor.examples).toEqual(BUNDLED_RULES.map((r) => r.rule.id));
    const clerk = hints.definitions.service.allOf.find((b) => b.if.properties.vendor.const === 'clerk');
    expect(clerk?.then.properties.plan.examples).toEqual(['free', 'pro', 'enterprise']);
  });

  test.each(['clerk', 'clerk.com', 'my-own-vendor'])(
    'never restrict a value: vendor %s, plan anything is valid',
    (vendor) => {
      const manifest = {
        version: 1,
        requirements: { data: ['contact'] },
        services: [{ vendor, plan: 'no-such-plan' }],
      };
      expect(validateManifestSchema(manifest)).toBe(true);
    },
  );

  test('one schema URL: the $id, init and the examples', () => {
    expect(manifestSchema.$id).toBe(MANIFEST_SCHEMA_URL);
    for (const example of ['eu-research-portal', 'internal-tool', 'us-telehealth'])
      expect(readFileSync(`examples/${example}/.github/vendor-gate.yml`, 'utf8')).toContain(
        `$schema=${MANIFEST_SCHEMA_URL}`,
      );
  });
});
