import { compareStrings } from '../compare.js';
import { agreements } from './agreements.js';
import { aiTraining } from './ai-training.js';
import { certifications } from './certifications.js';
import { features } from './features.js';
import { hipaa } from './hipaa.js';
import { inventory } from './inventory.js';
import { policy } from './policy.js';
import { residency } from './residency.js';
import { retention } from './retention.js';
import { rules } from './rules.js';
import { subprocessors } from './subprocessors.js';
import { AREAS, type Area, type CheckArea, type RegisteredCheck } from './types.js';
import { vendor } from './vendor.js';
import { waiver } from './waiver.js';

/**
 * Every area's module, by area: the compiler refuses an area of `AREAS` without its module, or a
 * module filed under another area's name.
 */
const MODULES = {
  vendor,
  residency,
  agreements,
  hipaa,
  'ai-training': aiTraining,
  retention,
  certifications,
  subprocessors,
  features,
  rules,
  inventory,
  waiver,
  policy,
} satisfies { [A in Area]: CheckArea<A, `${A}.${string}`> };

/** A check id: a key of some area's `checks`. A misspelt id is a compile error. */
export type CheckId = { [A in Area]: keyof (typeof MODULES)[A]['checks'] }[Area];

/** The areas in report order, as the engine runs them. */
export const CHECK_AREAS: readonly CheckArea[] = AREAS.map((area) => MODULES[area] as CheckArea);

/** Every check, sorted by id: the one list docs, SARIF rules and manifest validation read. */
export const CHECKS: ReadonlyMap<string, RegisteredCheck> = new Map(
  CHECK_AREAS.flatMap(({ area, checks }) =>
    Object.entries(checks).map(([id, meta]) => ({ id: id as CheckId, area, ...meta })),
  )
    .sort((a, b) => compareStrings(a.id, b.id))
    .map((check) => [check.id, check]),
);

export const CHECK_IDS = [...CHECKS.keys()] as readonly CheckId[];

export function isCheckId(id: string): id is CheckId {
  return CHECKS.has(id);
}
