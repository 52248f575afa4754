import { compareStrings } from '../compare.js';
import { agreements } from './agreements.js';
import { aiTraining } from './ai-training.js';
import { certifications } from './certifications.js';
import { ENGINE_CHECKS } from './engine-checks.js';
import { features } from './features.js';
import { hipaa } from './hipaa.js';
import { residency } from './residency.js';
import { retention } from './retention.js';
import { rules } from './rules.js';
import { subprocessors } from './subprocessors.js';
import type { CheckArea, CheckMeta } from './types.js';

/** Areas evaluated for every declared service with a rule, in report order. */
export const SERVICE_AREAS: readonly CheckArea[] = [
  residency,
  agreements,
  hipaa,
  aiTraining,
  retention,
  certifications,
  subprocessors,
  features,
  rules,
];

/** Every check id, sorted: the one list docs, SARIF rules and manifest validation read. */
export const CHECKS: ReadonlyMap<string, CheckMeta> = new Map(
  [...SERVICE_AREAS.flatMap((a) => a.checks), ...ENGINE_CHECKS]
    .sort((a, b) => compareStrings(a.id, b.id))
    .map((meta) => [meta.id, meta]),
);

export const CHECK_IDS: readonly string[] = [...CHECKS.keys()];
