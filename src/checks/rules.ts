import { daysBetween } from '../dates.js';
import { fileStart } from '../source/config-error.js';
import { locate } from '../source/yaml-source.js';
import { defineArea } from './types.js';

/** Default for requirements.max-rule-age-days. */
export const DEFAULT_MAX_RULE_AGE_DAYS = 365;

export const rules = defineArea({
  area: 'rules',
  checks: {
    'rules.stale': {
      severity: 'warning',
      description: "The vendor rule's `verified` date is older than `max-rule-age-days`.",
      help: 'Upgrade Vendor Gate for a newer bundled rule, or override it with a local rule in the rules folder (`.github/vendor-rules/<id>.yml`) whose facts you re-checked; for a local rule, re-check its facts and update its verified date.',
    },
    'rules.overridden': {
      severity: 'warning',
      description:
        "A local rule replaces a bundled vendor rule (same id): its facts are used instead of the catalogue's.",
      help: "Make sure the local rule's facts cite sources your reviewers accept, or remove it to use the bundled rule.",
    },
  },
  /** A local rule may take over a bundled vendor only under its id, and never silently (issue 11). */
  repository({ catalogue, report }) {
    for (const loaded of catalogue.rules) {
      if (!loaded.replaces) continue;
      report('rules.overridden', {
        at: { location: loaded.source ? locate(loaded.source, ['id']) : fileStart(loaded.file) },
        vendor: loaded.rule.id,
        message: `The local rule ${loaded.file} replaces the bundled rule for ${loaded.rule.id} (${loaded.replaces}): the gate checks its facts instead of the catalogue's cited ones.`,
        remediation: `Make sure every fact in ${loaded.file} cites a source your reviewers accept; remove the file to use the bundled rule again.`,
      });
    }
  },
  service(ctx) {
    if (!ctx.catalogued) return; // no rule, nothing to be stale: vendor.unknown reports it
    const { rule, file, origin } = ctx.loaded;
    const maxAge = ctx.requirements['max-rule-age-days'] ?? DEFAULT_MAX_RULE_AGE_DAYS;
    const age = daysBetween(rule.verified, ctx.today);
    if (age <= maxAge) return;
    ctx.report('rules.stale', {
      message: `${rule.name}'s facts were last verified on ${rule.verified}, ${age} days ago (limit ${maxAge}); they may have changed.`,
      // A bundled rule lives inside the installed package: editing it there is lost on the next install.
      remediation:
        origin === 'local'
          ? `Re-check ${file} against ${rule.name}'s current documents and update its verified date.`
          : `Upgrade Vendor Gate for a newer ${rule.name} rule, or override it: copy it to .github/vendor-rules/${rule.id}.yml in this repository (the rules folder), re-check its facts against ${rule.name}'s current documents and update its verified date.`,
    });
  },
});
