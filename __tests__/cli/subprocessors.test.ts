import { describe, expect, test } from '@jest/globals';
import { formatRegister, subprocessorRegister } from '../../src/cli/subprocessors.js';
import { parseManifest } from '../../src/manifest/load.js';
import { fixtureCatalogue } from '../helpers/catalogue.js';
import { valueOf } from '../helpers/checked.js';

const catalogue = fixtureCatalogue();
const MANIFEST = `version: 1
requirements:
  data: [contact, usage]
services:
  - vendor: clerk
    plan: pro
    purpose: Sign-in, for "members"
    data: [contact]
  - vendor: euoption
    plan: free
    purpose: Database
    region: eu
  - vendor: usonly
    plan: free
    purpose: Build logs
    data: []
  - vendor: mailcorp.example
    purpose: Newsletters
`;

describe('the subprocessor register', () => {
  const entries = subprocessorRegister(
    valueOf(parseManifest('m.yml', MANIFEST, catalogue)).manifest,
    catalogue,
  );

  test('lists every service that receives personal data, with what the catalogue confirms', () => {
    expect(entries).toEqual([
      {
        vendor: 'Clerk',
        purpose: 'Sign-in, for "members"',
        data: ['contact'],
        region: 'us',
        transferMechanisms: ['dpf', 'scc', 'uk-addendum', 'swiss-addendum'],
        dpa: 'https://clerk.com/legal/dpa',
        role: 'processor',
      },
      {
        vendor: 'EU Option',
        purpose: 'Database',
        data: ['contact', 'usage'],
        region: 'eu',
        transferMechanisms: [],
        dpa: 'https://euoption.example/docs',
        role: 'processor',
      },
      {
        vendor: 'mailcorp.example',
        purpose: 'Newsletters',
        data: ['contact', 'usage'],
        region: 'unknown (no catalogue rule)',
        transferMechanisms: [],
        dpa: null,
        dpaNote: 'unknown (no catalogue rule)',
        role: 'processor',
      },
    ]);
  });

  test('CSV quotes every field and doubles inner quotes', () => {
    const csv = formatRegister(entries, 'csv').split('\r\n');
    expect(csv[0]).toBe('"Vendor","Purpose","Personal data","Region","Transfer mechanism","DPA","Role"');
    expect(csv[1]).toBe(
      '"Clerk","Sign-in, for ""members""","contact","us","dpf, scc, uk-addendum, swiss-addendum","https://clerk.com/legal/dpa","processor"',
    );
  });

  test('markdown has one row per subprocessor', () => {
    const lines = formatRegister(entries, 'markdown').trim().split('\n');
    expect(lines).toHaveLength(2 + entries.length);
    expect(lines[4]).toBe(
      '| mailcorp.example | Newsletters | contact, usage | unknown (no catalogue rule) | — | unknown (no catalogue rule) |',
    );
  });
});

describe('the register lists controllers apart and links only primary DPA sources', () => {
  const rule = (id: string, extra: string) => `
id: ${id}
name: ${id.toUpperCase()}
domain: ${id}.example
category: payments
verified: 2026-06-01
plans: [free]
${extra}
`;
  const catalogue = fixtureCatalogue({
    payco: rule(
      'payco',
      'sources:\n  dpa: { url: https://payco.example/dpa, title: DPA }\nfacts:\n  role: { value: controller, status: confirmed, source: dpa }',
    ),
    blogged: rule(
      'blogged',
      'sources:\n  dpa: { url: https://blog.example/blogged-dpa, title: A blog post, kind: secondary }\nfacts: {}',
    ),
  });
  const text = `version: 1
requirements:
  data: [contact]
services:
  - vendor: payco
    purpose: Payments
  - vendor: blogged
    purpose: Billing
  - vendor: usonly
    plan: free
    purpose: Email
`;
  const entries = subprocessorRegister(valueOf(parseManifest('m.yml', text, catalogue)).manifest, catalogue);

  test.each([
    ['BLOGGED', null, 'no primary source read', 'processor'],
    ['US Only', 'https://usonly.example/dpa', undefined, 'processor'],
    ['PAYCO', 'https://payco.example/dpa', undefined, 'controller'],
  ])('%s: dpa %s (%s), %s', (vendor, dpa, note, role) => {
    const entry = entries.find((e) => e.vendor === vendor);
    expect([entry?.dpa, entry?.dpaNote, entry?.role]).toEqual([dpa, note, role]);
  });

  test('controllers come last, in a table of their own', () => {
    expect(entries.map((e) => e.vendor)).toEqual(['BLOGGED', 'US Only', 'PAYCO']);
    const markdown = formatRegister(entries, 'markdown').split('\n');
    const apart = markdown.indexOf(
      'Independent controllers (they process personal data for their own purposes; not subprocessors):',
    );
    expect(markdown.slice(0, apart).join('\n')).not.toContain('PAYCO');
    expect(markdown.slice(0, apart).join('\n')).toContain(
      '| BLOGGED | Billing | contact | unknown | — | no primary source read |',
    );
    expect(markdown.slice(apart).join('\n')).toContain('| PAYCO | Payments |');
    expect(markdown.join('\n')).not.toContain('blog.example');
  });
});
