import type { RegionSignalKind, VendorRule } from '../catalogue/types.js';
import type { Location } from '../source/location.js';
import type { Region } from '../vocabulary.js';
import type { CheckMeta, Evidence, RepositoryContext } from './types.js';
import { regionList, regionName } from './wording.js';

/**
 * Region evidence (SPEC §7.2): what the repository's configuration shows against what the manifest
 * declares and requires. Pure: the signals were gathered beforehand (detect/code-evidence.ts),
 * and the engine turns these results into findings (severity overrides, waivers, the manifest
 * service as related location). Registered in the residency area (residency.ts).
 */

export type ObservedRegionCheckId =
  'residency.observed-outside-allowed' | 'residency.observed-mismatch' | 'residency.observed-processing';

/** The three checks' meta, keyed by id as an area module's `checks` are (residency area). */
export const OBSERVED_REGION_CHECKS = {
  'residency.observed-mismatch': {
    severity: 'error',
    description:
      "A storage signal in the repository (an ingest host, a DSN, a database host) shows a region other than the service's declared region.",
    help: 'Point the code at the region the manifest declares (for most vendors: a project or organisation created in that region), or correct the declared region.',
  },
  'residency.observed-outside-allowed': {
    severity: 'error',
    description:
      'Transfers are forbidden and a storage signal in the repository puts the vendor’s data in a region outside the allowed regions.',
    help: 'Move the vendor project to an allowed region and point the code at it, or stop sending personal data to it.',
  },
  'residency.observed-processing': {
    severity: 'warning',
    description:
      'A processing signal in the repository (a function or machine region) runs code outside the allowed regions.',
    help: 'Run the code in an allowed region (change the configured region), or record why processing there is acceptable.',
  },
} as const satisfies Record<ObservedRegionCheckId, CheckMeta>;

/** A declared service, as these checks read it. */
export interface ObservedRegionService {
  /** Index into the manifest's `services`: the finding's related location. */
  index: number;
  /** The vendor's catalogue id (the manifest's name already resolved). */
  vendor: string;
  /** For messages; the id when absent. */
  vendorName?: string;
  /** The region the manifest declares for the service, if any. */
  region?: Region;
  /** The service's `data`; an empty list means it receives no personal data and is skipped. */
  data?: readonly string[];
}

export interface ObservedRegionRequirements {
  regions: readonly Region[];
  transfers?: 'forbidden' | 'safeguarded';
}

/** A region signal found in the repository (code-evidence's RegionEvidence fits). */
export interface ObservedSignal {
  vendor: string;
  region: Region;
  kind: RegionSignalKind;
  /** The key of the vendor rule's `sources` the signal cites. */
  source: string;
  /** The matched text, quoted in the message. */
  text: string;
  location: Location;
}

export interface ObservedRegionResult {
  check: ObservedRegionCheckId;
  severity: 'error' | 'warning';
  vendor: string;
  /** The service the signal belongs to: its manifest entry is the related location. */
  service: number;
  observed: Region;
  declared?: Region;
  /** The allowed regions, when the requirement names them. */
  allowed?: Region[];
  /** The matched text in the repository. */
  text: string;
  /** Where the signal stands in the repository: the finding's location. */
  location: Location;
  /** The rule source the signal cites. */
  source: string;
  message: string;
  remediation: string;
}

/**
 * The §7.2 findings for the signals of declared vendors: one result per signal at most. When a
 * storage signal both contradicts the declared region and lies outside the allowed regions, only
 * `residency.observed-mismatch` is reported, naming the allowed regions. With several services of
 * one vendor, a signal matching any one's declared region is not a mismatch.
 */
export function findObservedRegionIssues(
  services: readonly ObservedRegionService[],
  residency: ObservedRegionRequirements | undefined,
  signals: readonly ObservedSignal[],
): ObservedRegionResult[] {
  const byVendor = new Map<string, ObservedRegionService[]>();
  for (const service of services) {
    if (service.data !== undefined && service.data.length === 0) continue;
    const list = byVendor.get(service.vendor);
    if (list) list.push(service);
    else byVendor.set(service.vendor, [service]);
  }
  const allowed = residency ? [...residency.regions] : undefined;
  const transfers = residency?.transfers ?? 'forbidden';
  const results: ObservedRegionResult[] = [];
  for (const signal of signals) {
    const declaring = byVendor.get(signal.vendor);
    const first = declaring?.[0];
    if (!declaring || !first) continue; // an undeclared vendor is inventory.undeclared's business
    const outside = allowed !== undefined && !allowed.includes(signal.region);
    const result = (
      check: ObservedRegionCheckId,
      service: ObservedRegionService,
      message: string,
      remediation: string,
    ): ObservedRegionResult => ({
      check,
      severity: check === 'residency.observed-processing' ? 'warning' : 'error',
      vendor: signal.vendor,
      service: service.index,
      observed: signal.region,
      ...(service.region !== undefined ? { declared: service.region } : {}),
      ...(allowed !== undefined ? { allowed } : {}),
      text: signal.text,
      location: signal.location,
      source: signal.source,
      message,
      remediation,
    });
    const name = first.vendorName ?? first.vendor;
    const seen = `\`${signal.text}\``;

    if (signal.kind === 'processing') {
      if (outside)
        results.push(
          result(
            'residency.observed-processing',
            first,
            `${seen} runs ${name} code in ${regionName(signal.region)}, outside the allowed regions (${regionList(allowed ?? [])}).`,
            `Configure ${name} to run in ${regionList(allowed ?? [])}, or record why processing in ${regionName(signal.region)} is acceptable.`,
          ),
        );
      continue;
    }

    const withRegion = declaring.filter((service) => service.region !== undefined);
    const contradicted =
      withRegion.length > 0 && withRegion.every((service) => service.region !== signal.region)
        ? withRegion[0]
        : undefined;
    if (contradicted?.region !== undefined) {
      const also = outside ? ` That is also outside the allowed regions (${regionList(allowed ?? [])}).` : '';
      results.push(
        result(
          'residency.observed-mismatch',
          contradicted,
          `The manifest declares ${name} in ${regionName(contradicted.region)} (region: ${contradicted.region}), but ${seen} sends its data to ${regionName(signal.region)}.${also}`,
          `Point the code at ${name} in ${regionName(contradicted.region)} (usually a project or organisation created there), or correct the service's region if ${regionName(signal.region)} is where the data really goes.`,
        ),
      );
      continue;
    }
    if (outside && transfers === 'forbidden')
      results.push(
        result(
          'residency.observed-outside-allowed',
          first,
          `${seen} sends ${name} data to ${regionName(signal.region)}, outside the allowed regions (${regionList(allowed ?? [])}), and transfers are forbidden.`,
          `Move to a ${name} project in ${regionList(allowed ?? [])} and point the code at it, or stop sending personal data to ${name}.`,
        ),
      );
    // Under safeguarded transfers the observed region is the service's storage region for the
    // transfer checks; that is for the integrator to feed in, not a finding here.
  }
  return results;
}

/**
 * For `transfers: safeguarded`: the storage regions the repository shows for each declared
 * service (by service index), which the transfer checks take as the service's storage regions.
 */
export function observedStorageRegions(
  services: readonly ObservedRegionService[],
  signals: readonly ObservedSignal[],
): Map<number, Region[]> {
  const regions = new Map<number, Region[]>();
  for (const service of services) {
    const found = [
      ...new Set(
        signals.filter((s) => s.kind === 'storage' && s.vendor === service.vendor).map((s) => s.region),
      ),
    ];
    if (found.length > 0) regions.set(service.index, found);
  }
  return regions;
}

/**
 * The residency area's `repository` hook for §7.2: the region signals gathered from the code,
 * judged against the declared services, each reported at the signal with the service's `vendor:`
 * line as related location and the rule source the signal cites as evidence.
 */
export function reportObservedRegions(context: RepositoryContext<ObservedRegionCheckId>): void {
  const { manifest, catalogue, gathered, report } = context;
  const signals = gathered.evidence?.regions;
  if (!signals || signals.length === 0) return;
  const rules = new Map<string, VendorRule>();
  const services: ObservedRegionService[] = [];
  manifest.services.forEach((service, index) => {
    const rule = catalogue.resolve(service.vendor)?.rule;
    if (!rule) return;
    rules.set(rule.id, rule);
    services.push({
      index,
      vendor: rule.id,
      vendorName: rule.name,
      ...(service.region !== undefined ? { region: service.region } : {}),
      data: service.data ?? manifest.requirements.data,
    });
  });
  const bySignal = new Map(signals.map((signal) => [signal.location, signal]));
  for (const result of findObservedRegionIssues(services, manifest.requirements.residency, signals)) {
    const rule = rules.get(result.vendor);
    const signal = bySignal.get(result.location);
    const cited =
      rule && Object.hasOwn(rule.sources, result.source) ? rule.sources[result.source] : undefined;
    const ruleSignal = signal ? rule?.detect?.regions?.[signal.signalIndex] : undefined;
    const evidence: Evidence = {
      fact: 'detect.regions',
      value: { region: result.observed, kind: signal?.kind ?? 'storage', matched: result.text },
      status: 'confirmed',
      source: cited?.url ?? null,
      quote: signal?.quote ?? null,
      verified: rule?.verified ?? null,
      ...(ruleSignal?.note ? { note: ruleSignal.note } : {}),
    };
    report(result.check, {
      at: { location: result.location },
      related: { path: ['services', result.service, 'vendor'] },
      service: result.service,
      vendor: result.vendor,
      message: result.message,
      remediation: result.remediation,
      evidence: [evidence],
    });
  }
}
