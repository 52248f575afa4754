import type { Requirements, Service } from '../manifest/types.js';
import type { DataCategory } from '../vocabulary.js';
import type { Area } from './types.js';

interface Asked {
  requirements: Requirements;
  service: Service;
  /** The categories the service receives. */
  data: DataCategory[];
  /** A bundled or local rule describes the vendor. */
  catalogued: boolean;
}

/**
 * Whether some requirement (or the service's own claims) asks an area about a service: the report's
 * services table says "n/a" for an area that is not asked, never ✅, so a green cell always means
 * "checked". Kept beside the areas' own guards; the table is typed so no area is forgotten.
 */
const ASKED: Record<Area, (asked: Asked) => boolean> = {
  vendor: () => true,
  claims: ({ service }) =>
    (service.agreements?.length ?? 0) > 0 ||
    service.region !== undefined ||
    (service['opted-out']?.length ?? 0) > 0,
  residency: ({ requirements, data }) => requirements.residency !== undefined && data.length > 0,
  agreements: ({ requirements, data }) =>
    (requirements.agreements?.includes('dpa') ?? false) && data.length > 0,
  hipaa: ({ requirements, data }) =>
    data.includes('health') || ((requirements.agreements?.includes('baa') ?? false) && data.length > 0),
  'ai-training': ({ requirements, data }) => requirements['ai-training'] === 'forbidden' && data.length > 0,
  retention: ({ requirements, data }) => requirements['deletion-days'] !== undefined && data.length > 0,
  certifications: ({ requirements }) => (requirements.certifications?.length ?? 0) > 0,
  subprocessors: ({ requirements, data }) =>
    requirements['subprocessor-notice-days'] !== undefined ||
    (requirements.residency !== undefined &&
      (requirements.residency.transfers ?? 'forbidden') === 'forbidden' &&
      data.length > 0),
  features: ({ requirements }) => (requirements.features?.length ?? 0) > 0,
  rules: ({ catalogued }) => catalogued,
  inventory: () => true,
  waiver: ({ service }) => (service.waivers?.length ?? 0) > 0,
  policy: () => true,
};

/** The areas some requirement asks about this service. */
export function areasAsked(asked: Asked): Area[] {
  return (Object.keys(ASKED) as Area[]).filter((area) => ASKED[area](asked));
}
