import { defineArea } from './types.js';

export const vendor = defineArea({
  area: 'vendor',
  checks: {
    'vendor.unknown': {
      severity: 'unknown-vendors',
      description: 'No bundled or local rule exists for the vendor.',
      help: 'Add a local rule for the vendor under the rules folder (input `rules`), citing its documents, or fix the vendor name.',
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
    ctx.report('vendor.unknown', {
      message: `No rule describes ${name}, so none of its facts can be checked. Known vendors: ${ctx.catalogue.ids.join(', ')}.`,
      remediation: `Add a local rule for ${name} (rules folder, default .github/vendor-rules/) citing its DPA and privacy policy, or correct the vendor name.`,
    });
  },
});
