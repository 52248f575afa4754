import type { Catalogue } from '../catalogue/catalogue.js';
import { CHECK_IDS, isCheckId } from '../checks/registry.js';
import { isRealDate } from '../dates.js';
import { invalid, valid, type Checked, type ConfigError } from '../source/config-error.js';
import { didYouMean } from '../source/did-you-mean.js';
import {
  validateFactValue,
  validateManifestSchema,
  validatePolicySchema,
  validateSource,
} from '../source/schema-validation.js';
import { locate, parseYamlSource, type YamlSource } from '../source/yaml-source.js';
import type { Manifest, Policy } from './types.js';

export interface LoadedManifest {
  manifest: Manifest;
  source: YamlSource;
}

/** Parse and validate a manifest; every problem is a located config error, returned together. */
export function parseManifest(file: string, text: string, catalogue: Catalogue): Checked<LoadedManifest> {
  const parsed = parseValidated(file, text, 'vendor-gate');
  if (!parsed.ok) return parsed;
  const source = parsed.value;
  const manifest = source.data as Manifest;
  const errors: ConfigError[] = [];
  const add = (message: string, path: (string | number)[], part: 'key' | 'value' = 'value') =>
    errors.push({ message, location: locate(source, path, part) });

  checkCheckIds(manifest.checks, add);
  const declared = manifest.requirements.data;
  manifest.services.forEach((service, i) => {
    const loaded = catalogue.resolve(service.vendor);
    if (loaded) {
      const { plans, name } = loaded.rule;
      if (service.plan === undefined && plans.length > 1) {
        add(
          `services[${i}] (${name}) needs a plan: one of ${plans.join(', ')}`,
          ['services', i, 'vendor'],
          'key',
        );
      } else if (service.plan !== undefined && !plans.includes(service.plan)) {
        const hint = didYouMean(service.plan, plans);
        add(
          `'${service.plan}' is not a ${name} plan.${hint ? ` Did you mean '${hint}'?` : ''} Plans: ${plans.join(', ')}.`,
          ['services', i, 'plan'],
        );
      }
    }
    service.data?.forEach((category, j) => {
      if (!declared.includes(category)) {
        add(
          `services[${i}] sends '${category}' data, which requirements.data does not list; add it there so every check accounts for it`,
          ['services', i, 'data', j],
        );
      }
    });
    service.waivers?.forEach((waiver, j) => {
      if (!isCheckId(waiver.check)) {
        const hint = didYouMean(waiver.check, CHECK_IDS);
        add(
          `'${waiver.check}' is not a check id.${hint ? ` Did you mean '${hint}'?` : ` Check ids: ${CHECK_IDS.join(', ')}.`}`,
          ['services', i, 'waivers', j, 'check'],
        );
      }
      if (!isRealDate(waiver.expires))
        add(`expires: '${waiver.expires}' is not a real date`, ['services', i, 'waivers', j, 'expires']);
    });
    service.assurances?.forEach((assurance, j) => {
      const path = ['services', i, 'assurances', j, 'value'];
      for (const error of validateFactValue(source, path, assurance.fact, assurance.value)) {
        errors.push({
          ...error,
          message: `assurance for ${assurance.fact}: ${error.message.replace(/^services\[\d+\]\.assurances\[\d+\]\.value/, 'value')}`,
        });
      }
    });
  });
  return errors.length > 0 ? invalid(errors) : valid({ manifest, source });
}

/** Parse and validate a policy file (input `policy`). */
export function parsePolicy(file: string, text: string): Checked<{ policy: Policy; source: YamlSource }> {
  const parsed = parseValidated(file, text, 'policy');
  if (!parsed.ok) return parsed;
  const source = parsed.value;
  const policy = source.data as Policy;
  const errors: ConfigError[] = [];
  checkCheckIds(policy.checks, (message, path, part) =>
    errors.push({ message, location: locate(source, path, part) }),
  );
  return errors.length > 0 ? invalid(errors) : valid({ policy, source });
}

function parseValidated(file: string, text: string, schema: 'vendor-gate' | 'policy'): Checked<YamlSource> {
  const parsed = parseYamlSource(file, text);
  if (!parsed.source) return invalid(parsed.errors);
  const source = parsed.source;
  if (source.data === null || source.data === undefined) {
    return invalid([{ message: 'the file is empty', location: locate(source, []) }]);
  }
  const errors = validateSource(
    source,
    schema === 'vendor-gate' ? validateManifestSchema : validatePolicySchema,
  );
  return errors.length > 0 ? invalid(errors) : valid(source);
}

function checkCheckIds(
  checks: Record<string, unknown> | undefined,
  add: (message: string, path: (string | number)[], part?: 'key' | 'value') => void,
): void {
  for (const id of Object.keys(checks ?? {})) {
    if (isCheckId(id)) continue;
    const hint = didYouMean(id, CHECK_IDS);
    add(`'${id}' is not a check id.${hint ? ` Did you mean '${hint}'?` : ''}`, ['checks', id], 'key');
  }
}
