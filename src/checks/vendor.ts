import { didYouMean } from '../source/did-you-mean.js';
import { defineArea } from './types.js';

export const vendor = defineArea({
  area: 'vendor',
  checks: {
    'vendor.unknown': {
      severity: 'unknown-vendors',
      description: 'No bundled or local rule exists for the vendor.',
      help: 'Fix the vendor name, or add a local rule for the vendor in the rules folder (input `rules`, CLI `--rules`; `.github/vendor-rules/<id>.yml` by default; `vendor-gate rules new <id>` writes a skeleton), citing its documents.',
    },
    'vendor.confusable': {
      severity: 'error',
      description: 'The vendor named is a known look-alike of a catalogued vendor (clerk.io vs clerk.com).',
      help: "Use the catalogued vendor's id if you meant it; otherwise add a local rule for the vendor you really use.",
    },
  },
  uncatalogued(ctx) {
    const { vendor: name } = ctx.service;
    const confusable = ctx.catalogue.confusableFor(name);
    if (confusable) {
      const { rule } = confusable;
      ctx.report('vendor.confusable', {
        message: `${name} is not ${rule.name} (${rule.domain}): ${confusable.note}`,
        remediation: `If you meant ${rule.name}, write vendor: ${rule.id}. If you really use ${name}, add a local rule for it, citing its documents.`,
      });
      return;
    }
    const nearest = didYouMean(name, ctx.catalogue.ids);
    const rule = `add a local rule for ${name} at .github/vendor-rules/<id>.yml (\`vendor-gate rules new <id>\` writes a skeleton), citing its DPA and privacy policy`;
    ctx.report('vendor.unknown', {
      message: nearest
        ? `No rule describes ${name}. Did you mean ${nearest}? Until a rule describes it, every fact about ${name} is unknown, so each requirement is reported as unverifiable.`
        : `No rule describes ${name}, so every fact about it is unknown and each requirement is reported as unverifiable (\`vendor-gate vendors\` lists the catalogue).`,
      remediation: nearest
        ? `If you meant ${nearest}, write vendor: ${nearest}. Otherwise ${rule}.`
        : `Correct the vendor name if it is misspelt, or ${rule}.`,
    });
  },
});
