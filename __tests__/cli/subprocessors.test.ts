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
      },
      {
        vendor: 'EU Option',
        purpose: 'Database',
        data: ['contact', 'usage'],
        region: 'eu',
        transferMechanisms: [],
        dpa: 'https://euoption.example/docs',
      },
      {
        vendor: 'mailcorp.example',
        purpose: 'Newsletters',
        data: ['contact', 'usage'],
        region: 'unknown (no catalogue rule)',
        transferMechanisms: [],
        dpa: null,
      },
    ]);
  });

  test('CSV quotes every field and doubles inner quotes', () => {
    const csv = formatRegister(entries, 'csv').split('\r\n');
    expect(csv[0]).toBe('"Vendor","Purpose","Personal data","Region","Transfer mechanism","DPA"');
    expect(csv[1]).toBe(
      '"Clerk","Sign-in, for ""members""","contact","us","dpf, scc, uk-addendum, swiss-addendum","https://clerk.com/legal/dpa"',
    );
  });

  test('markdown has one row per subprocessor', () => {
    const lines = formatRegister(entries, 'markdown').trim().split('\n');
    expect(lines).toHaveLength(2 + entries.length);
    expect(lines[4]).toBe(
      '| mailcorp.example | Newsletters | contact, usage | unknown (no catalogue rule) | — | — |',
    );
  });
});
