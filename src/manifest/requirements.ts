import type { YamlPath } from '../source/yaml-source.js';
import { AGREEMENTS, CERTIFICATIONS, DATA_CATEGORIES, FEATURES, REGIONS } from '../vocabulary.js';
import type { Requirements } from './types.js';

export type RequirementKey = keyof Requirements;

/** One way a manifest asks less than another: where (in the weaker one) and what. */
export interface Relaxation {
  path: YamlPath;
  message: string;
}

/** A starter-manifest line `init` writes: YAML (usually commented out) and what it means. */
export type StarterLine = readonly [code: string, comment?: string];

/** How one requirement key compares: its strictness rule, and how `init` offers it. */
export interface RequirementRule<K extends RequirementKey> {
  /** The stricter of the policy's and the manifest's value (the policy's when neither is stricter). */
  strictest(policy: Requirements[K], own: Requirements[K]): Requirements[K];
  /** Each way `head` is weaker than `base`, located in the head. */
  relaxations(base: Requirements[K], head: Requirements[K]): Relaxation[];
  /** The lines `init` writes for it under `requirements:`. */
  starter: readonly StarterLine[];
}

type Value<K extends RequirementKey> = Requirements[K];
const path = (...segments: (string | number)[]): YamlPath => ['requirements', ...segments];

/** A list where every entry is a demand: the union is stricter; dropping an entry relaxes. */
function demands<K extends 'data' | 'agreements' | 'certifications' | 'features'>(
  key: K,
  noun: string,
  starter: StarterLine[],
): RequirementRule<K> {
  return {
    strictest: (policy, own) =>
      (policy || own ? [...new Set([...(policy ?? []), ...(own ?? [])])] : undefined) as Value<K>,
    relaxations: (base, head) =>
      (base ?? [])
        .filter((item) => !(head as string[] | undefined)?.includes(item))
        .map((item) => ({
          path: path(key),
          message: `${noun} '${item}' was dropped from requirements.${key}`,
        })),
    starter,
  };
}

/** A number of days; `lower` when fewer days is stricter (a deadline), else more is (a notice period). */
function days<K extends 'deletion-days' | 'max-rule-age-days' | 'subprocessor-notice-days'>(
  key: K,
  stricter: 'lower' | 'higher',
  why: string,
  starter: StarterLine[],
): RequirementRule<K> {
  const pick = stricter === 'lower' ? Math.min : Math.max;
  return {
    strictest: (policy, own) => (policy === undefined ? own : own === undefined ? policy : pick(policy, own)),
    relaxations: (before, after) => {
      if (before === undefined) return [];
      if (after !== undefined && (stricter === 'lower' ? after <= before : after >= before)) return [];
      const change =
        after === undefined
          ? 'was removed'
          : `was ${stricter === 'lower' ? 'raised' : 'lowered'} from ${before} to ${after}`;
      return [{ path: path(key), message: `requirements.${key} ${change}${why}` }];
    },
    starter,
  };
}

/** A setting whose `strict` value wins over any other; leaving it reads as `removed`. */
function setting<K extends 'ai-training' | 'unknown-vendors'>(
  key: K,
  strict: NonNullable<Value<K>>,
  removed: string,
  starter: StarterLine[],
): RequirementRule<K> {
  return {
    strictest: (policy, own) => (policy === strict || own === strict ? strict : (policy ?? own)),
    relaxations: (before, after) =>
      before === strict && after !== strict
        ? [{ path: path(key), message: `requirements.${key} went from ${strict} to ${after ?? removed}` }]
        : [],
    starter,
  };
}

/**
 * Every requirement key with its strictness rule: policy merge, relaxation detection
 * (`policy.weakened`) and `init` all read this table. A key of `Requirements` missing here fails
 * to compile, so none is silently dropped from a merged policy.
 */
export const REQUIREMENTS = {
  data: demands('data', 'data category', [
    ['  # TODO: list the personal data this project really handles; [] declares none. Categories:'],
    [`  # ${DATA_CATEGORIES.join(', ')}.`],
    ['  data: [contact, credentials]', 'a starting guess (sign-in data): see the TODO'],
  ]),
  residency: {
    // Only regions both allow (if they share none, the policy's list stands); transfers
    // safeguarded only when both say so.
    strictest: (policy, own) => {
      if (!policy || !own) return policy ?? own;
      const both = policy.regions.filter((region) => own.regions.includes(region));
      const transfers = policy.transfers === 'safeguarded' && own.transfers === 'safeguarded';
      return {
        regions: both.length > 0 ? both : policy.regions,
        transfers: transfers ? 'safeguarded' : 'forbidden',
      };
    },
    relaxations: (base, head) => {
      if (!base) return [];
      if (!head) {
        const message = `requirements.residency was removed (it allowed only ${base.regions.join(', ')})`;
        return [{ path: path('residency'), message }];
      }
      const added = head.regions.flatMap((region, i) =>
        base.regions.includes(region)
          ? []
          : [
              {
                path: path('residency', 'regions', i),
                message: `region '${region}' was added to requirements.residency.regions`,
              },
            ],
      );
      const loosened =
        (base.transfers ?? 'forbidden') === 'forbidden' && head.transfers === 'safeguarded'
          ? [
              {
                path: path('residency', 'transfers'),
                message: 'requirements.residency.transfers went from forbidden to safeguarded',
              },
            ]
          : [];
      return [...added, ...loosened];
    },
    starter: [
      ['  # residency:', 'where personal data may be stored'],
      ['  #   regions: [eu]', REGIONS.join(', ')],
      ['  #   transfers: forbidden', 'forbidden (default) | safeguarded (DPF, SCCs, ...)'],
    ],
  },
  agreements: demands('agreements', 'agreement', [
    ['  # agreements: [dpa]', `every processor must have signed: ${AGREEMENTS.join(', ')}`],
  ]),
  'ai-training': setting('ai-training', 'forbidden', 'allowed (removed)', [
    ['  # ai-training: forbidden', "forbidden | allowed (default): vendors training AI on users' data"],
  ]),
  'deletion-days': days('deletion-days', 'lower', ' (vendors may keep data longer)', [
    ['  # deletion-days: 30', 'vendors must delete our data within N days of termination'],
  ]),
  certifications: demands('certifications', 'certification', [
    ['  # certifications: [soc2-type2]', `every vendor must hold: ${CERTIFICATIONS.join(', ')}`],
  ]),
  'subprocessor-notice-days': days('subprocessor-notice-days', 'higher', '', [
    ['  # subprocessor-notice-days: 30', 'minimum notice before a vendor changes subprocessors'],
  ]),
  features: demands('features', 'feature', [
    ['  # features: [audit-logs]', `every vendor must provide on our plan: ${FEATURES.join(', ')}`],
  ]),
  'max-rule-age-days': days('max-rule-age-days', 'lower', ' (older vendor facts are accepted)', [
    ['  # max-rule-age-days: 365', 'a vendor rule verified longer ago is stale (default 365)'],
  ]),
  'unknown-vendors': setting('unknown-vendors', 'error', 'warning', [
    ['  # unknown-vendors: warning', 'error | warning (default): a vendor the catalogue lacks'],
  ]),
} satisfies { [K in RequirementKey]-?: RequirementRule<K> };

const KEYS = Object.keys(REQUIREMENTS) as RequirementKey[];

/** For every requirement, the stricter of the policy's and the manifest's; unset keys stay unset. */
export function strictestRequirements(policy: Requirements, own: Requirements): Requirements {
  const merged: Partial<Record<RequirementKey, unknown>> = {};
  for (const key of KEYS) {
    const rule = REQUIREMENTS[key] as RequirementRule<typeof key>;
    const value = rule.strictest(policy[key], own[key]);
    if (value !== undefined) merged[key] = value;
  }
  return merged as Requirements;
}

/** Every requirement `head` asks less of than `base`, in the table's order. */
export function requirementRelaxations(base: Requirements, head: Requirements): Relaxation[] {
  return KEYS.flatMap((key) =>
    (REQUIREMENTS[key] as RequirementRule<typeof key>).relaxations(base[key], head[key]),
  );
}

/** The starter manifest's `requirements:` lines, one group per key. */
export function starterRequirementLines(): StarterLine[] {
  return KEYS.flatMap((key) => REQUIREMENTS[key].starter);
}
