import { describe, expect, it } from '@jest/globals';
import {
  findObservedRegionIssues,
  observedStorageRegions,
  type ObservedRegionRequirements,
  type ObservedRegionService,
  type ObservedSignal,
} from '../../src/checks/observed-region.js';
import type { Region } from '../../src/vocabulary.js';

const at = (line: number) => ({ file: 'src/sentry.ts', line, column: 9, endLine: line, endColumn: 33 });
const signal = (
  region: Region,
  kind: 'storage' | 'processing' = 'storage',
  vendor = 'sentry',
  line = 3,
): ObservedSignal => ({
  vendor,
  region,
  kind,
  source: 'ip-ranges',
  text: `o1.ingest.${region}.sentry.io`,
  location: at(line),
});
const sentry = (region?: Region, index = 0): ObservedRegionService => ({
  index,
  vendor: 'sentry',
  vendorName: 'Sentry',
  ...(region ? { region } : {}),
});
const EU_ONLY: ObservedRegionRequirements = { regions: ['eu'], transfers: 'forbidden' };
const EU_SAFEGUARDED: ObservedRegionRequirements = { regions: ['eu'], transfers: 'safeguarded' };

/** `check service observed/declared line` per result. */
const brief = (
  services: ObservedRegionService[],
  residency: ObservedRegionRequirements | undefined,
  signals: ObservedSignal[],
) =>
  findObservedRegionIssues(services, residency, signals).map(
    (r) =>
      `${r.check} ${r.severity} service ${r.service} ${r.observed}/${r.declared ?? '-'} line ${r.location.line}`,
  );

describe('findObservedRegionIssues', () => {
  const valid: [string, ObservedRegionService[], ObservedRegionRequirements | undefined, ObservedSignal[]][] =
    [
      ['a storage signal in the declared, allowed region', [sentry('eu')], EU_ONLY, [signal('eu')]],
      ['no region declared, signal allowed', [sentry()], EU_ONLY, [signal('eu')]],
      [
        'a processing signal inside the allowed regions',
        [sentry('eu')],
        EU_ONLY,
        [signal('eu', 'processing')],
      ],
      [
        'safeguarded transfers, no declared region: the region feeds the transfer checks',
        [sentry()],
        EU_SAFEGUARDED,
        [signal('us')],
      ],
      [
        'a signal of a vendor no service declares',
        [sentry('eu')],
        EU_ONLY,
        [signal('us', 'storage', 'posthog')],
      ],
      ['a service receiving no personal data', [{ ...sentry('eu'), data: [] }], EU_ONLY, [signal('us')]],
      [
        'no residency requirement and no declared region',
        [sentry()],
        undefined,
        [signal('us'), signal('us', 'processing')],
      ],
      [
        'two services of one vendor: the signal matches one of them',
        [sentry('eu', 0), sentry('us', 1)],
        { regions: ['eu', 'us'] },
        [signal('us')],
      ],
    ];
  it.each(valid)('no finding: %s', (_name, services, residency, signals) => {
    expect(brief(services, residency, signals)).toEqual([]);
  });

  const invalid: [
    string,
    ObservedRegionService[],
    ObservedRegionRequirements | undefined,
    ObservedSignal[],
    string[],
  ][] = [
    [
      'declared eu, a US DSN, EU-only: one mismatch, not also outside-allowed',
      [sentry('eu')],
      EU_ONLY,
      [signal('us')],
      ['residency.observed-mismatch error service 0 us/eu line 3'],
    ],
    [
      'no region declared, a US DSN, transfers forbidden',
      [sentry()],
      EU_ONLY,
      [signal('us')],
      ['residency.observed-outside-allowed error service 0 us/- line 3'],
    ],
    [
      'declared us, a US DSN, EU-only: outside allowed (the declaration agrees with the code)',
      [sentry('us')],
      EU_ONLY,
      [signal('us')],
      ['residency.observed-outside-allowed error service 0 us/us line 3'],
    ],
    [
      'declared us, an EU DSN, no requirement: mismatch only',
      [sentry('us')],
      undefined,
      [signal('eu')],
      ['residency.observed-mismatch error service 0 eu/us line 3'],
    ],
    [
      'safeguarded transfers still report a mismatch',
      [sentry('eu')],
      EU_SAFEGUARDED,
      [signal('us')],
      ['residency.observed-mismatch error service 0 us/eu line 3'],
    ],
    [
      'a processing signal outside the allowed regions, whatever the transfers',
      [sentry('eu')],
      EU_SAFEGUARDED,
      [signal('us', 'processing', 'sentry', 7)],
      ['residency.observed-processing warning service 0 us/eu line 7'],
    ],
    [
      'one result per signal, in signal order, against the service declaring the vendor',
      [{ index: 0, vendor: 'clerk' }, sentry('eu', 1)],
      EU_ONLY,
      [
        signal('eu', 'storage', 'sentry', 1),
        signal('us', 'storage', 'sentry', 2),
        signal('us', 'processing', 'sentry', 4),
      ],
      [
        'residency.observed-mismatch error service 1 us/eu line 2',
        'residency.observed-processing warning service 1 us/eu line 4',
      ],
    ],
  ];
  it.each(invalid)('%s', (_name, services, residency, signals, expected) => {
    expect(brief(services, residency, signals)).toEqual(expected);
  });

  it('a result carries the signal location, text and source, and names the allowed regions', () => {
    const [result] = findObservedRegionIssues([sentry('eu', 2)], EU_ONLY, [signal('us')]);
    expect(result).toEqual({
      check: 'residency.observed-mismatch',
      severity: 'error',
      vendor: 'sentry',
      service: 2,
      observed: 'us',
      declared: 'eu',
      allowed: ['eu'],
      text: 'o1.ingest.us.sentry.io',
      location: at(3),
      source: 'ip-ranges',
      message:
        'The manifest declares Sentry in the EU/EEA (region: eu), but `o1.ingest.us.sentry.io` sends its data to the US. That is also outside the allowed regions (the EU/EEA).',
      remediation: expect.stringContaining('Point the code at Sentry in the EU/EEA') as unknown as string,
    });
  });
});

describe('observedStorageRegions', () => {
  it('gives each declared service the storage regions its vendor’s signals show', () => {
    expect(
      observedStorageRegions(
        [sentry('eu', 0), { index: 1, vendor: 'fly' }],
        [signal('us'), signal('us'), signal('eu', 'processing')],
      ),
    ).toEqual(new Map([[0, ['us']]]));
  });
});
