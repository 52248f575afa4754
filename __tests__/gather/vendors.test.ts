import { describe, expect, test } from '@jest/globals';
import type { DependencyRef } from '../../src/detect/types.js';
import { detectVendors } from '../../src/gather/vendors.js';
import { brief, fixtureCatalogue } from '../helpers/catalogue.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { parseManifest } from '../../src/manifest/load.js';
import { valueOf } from '../helpers/checked.js';

/** A minimal rule whose only interest is its npm patterns. */
function rule(id: string, npm: string[]): string {
  return `
id: ${id}
name: ${id.toUpperCase()}
domain: ${id}.example
category: cloud
verified: 2026-06-01
plans: [free]
sources:
  docs: { url: https://${id}.example/docs, title: Docs }
facts: {}
detect:
  npm: ${JSON.stringify(npm)}
`;
}

const catalogue = fixtureCatalogue({
  awsall: rule('awsall', ['@aws-sdk/client-*']),
  cognito: rule('cognito', ['@aws-sdk/client-cognito-identity-provider']),
  twina: rule('twina', ['@twin/*']),
  twinb: rule('twinb', ['@twin/*', 'twin-cli']),
});

function npm(name: string, line: number): DependencyRef {
  return {
    ecosystem: 'npm',
    name,
    section: 'dependencies',
    location: { file: 'package.json', line, column: 6, endLine: line, endColumn: 6 + name.length },
  };
}

/** Vendor id → the names it claims. */
function claims(dependencies: DependencyRef[]): Record<string, string[]> {
  return Object.fromEntries(
    detectVendors(dependencies, catalogue).map((d) => [d.rule.id, d.hits.map((h) => h.ref.name)]),
  );
}

describe('the vendor matcher: the most specific pattern claims a dependency', () => {
  test('a full package name in one rule beats a wildcard in another', () => {
    expect(claims([npm('@aws-sdk/client-cognito-identity-provider', 3)])).toEqual({
      cognito: ['@aws-sdk/client-cognito-identity-provider'],
    });
  });

  test('the wildcard still claims what no more specific pattern matches', () => {
    expect(
      claims([npm('@aws-sdk/client-s3', 2), npm('@aws-sdk/client-cognito-identity-provider', 3)]),
    ).toEqual({ awsall: ['@aws-sdk/client-s3'], cognito: ['@aws-sdk/client-cognito-identity-provider'] });
  });

  test('equally specific patterns of several rules all claim it', () => {
    expect(claims([npm('@twin/sdk', 4)])).toEqual({ twina: ['@twin/sdk'], twinb: ['@twin/sdk'] });
  });

  test('the hit names the rule pattern that claimed it', () => {
    const [cognito] = detectVendors([npm('@aws-sdk/client-cognito-identity-provider', 3)], catalogue);
    expect(cognito?.hits[0]?.pattern).toBe('@aws-sdk/client-cognito-identity-provider');
  });

  test('inventory.undeclared reports only the claiming vendor', () => {
    const { manifest, source } = valueOf(
      parseManifest(
        '.github/vendor-gate.yml',
        'version: 1\nrequirements:\n  data: []\nservices: []\n',
        catalogue,
      ),
    );
    const detected = detectVendors(
      [npm('@aws-sdk/client-cognito-identity-provider', 3), npm('@aws-sdk/client-s3', 4)],
      catalogue,
    );
    const findings = evaluate({ manifest, source, catalogue, today: '2026-11-26', gathered: { detected } });
    expect(findings.map((f) => `${brief(f)} ${f.vendor}`)).toEqual([
      'inventory.undeclared error 3:6 cognito',
      'inventory.undeclared error 4:6 awsall',
    ]);
  });
});
