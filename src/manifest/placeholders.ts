import type { Catalogue } from '../catalogue/catalogue.js';
import type { ConfigError } from '../source/config-error.js';
import { locate, type YamlPath, type YamlSource } from '../source/yaml-source.js';
import { DATA_CATEGORIES } from '../vocabulary.js';

/**
 * What `vendor-gate init` writes where a decision is still the user's (SPEC §7.3): the data this
 * project handles and a multi-plan vendor's plan. The loader rejects it with
 * a message saying what to decide, so a starter manifest can never pass by saying nothing.
 */
export const PLACEHOLDER = 'DECIDE';

/** Every placeholder left in a parsed (not yet validated) manifest, located at its value. */
export function findPlaceholders(source: YamlSource, catalogue: Catalogue): ConfigError[] {
  const errors: ConfigError[] = [];
  const add = (path: YamlPath, what: string, message: string) =>
    errors.push({
      message: `${what}: '${PLACEHOLDER}' is a placeholder: ${message}`,
      location: locate(source, path, 'value'),
    });
  const data = source.data as { requirements?: { data?: unknown }; services?: unknown } | null;
  if (typeof data !== 'object' || data === null) return errors;

  const categories = `list the personal data this project handles (${DATA_CATEGORIES.join(', ')}), or [] if it handles none`;
  const declared = data.requirements?.data;
  if (declared === PLACEHOLDER) add(['requirements', 'data'], 'requirements.data', categories);
  else if (Array.isArray(declared))
    declared.forEach((item, i) => {
      if (item === PLACEHOLDER) add(['requirements', 'data', i], 'requirements.data', categories);
    });

  if (!Array.isArray(data.services)) return errors;
  data.services.forEach((service: unknown, i) => {
    if (typeof service !== 'object' || service === null) return;
    const { vendor, plan } = service as Record<string, unknown>;
    const rule = typeof vendor === 'string' ? catalogue.resolve(vendor)?.rule : undefined;
    const name = rule?.name ?? (typeof vendor === 'string' ? vendor : 'this vendor');
    if (plan === PLACEHOLDER)
      add(
        ['services', i, 'plan'],
        `services[${i}].plan`,
        rule
          ? `choose the ${name} plan this project is on: ${rule.plans.join(', ')}`
          : `choose the ${name} plan this project is on`,
      );
  });
  return errors;
}
