import { defineArea } from './types.js';
import { andList } from './wording.js';

export const certifications = defineArea({
  area: 'certifications',
  checks: {
    'certifications.missing': {
      severity: 'error',
      description: 'No confirmed fact shows the vendor holds a required certification.',
      help: "Obtain the vendor's certificate or report and record it as an assurance, or choose a certified vendor.",
    },
  },
  service(ctx) {
    const required = ctx.requirements.certifications ?? [];
    if (required.length === 0) return;
    const { name } = ctx;
    const fact = ctx.fact('certifications');
    const held = fact.known ? (fact.value ?? []) : [];
    const missing = required.filter((c) => !held.includes(c));
    if (missing.length === 0) return;
    const them = missing.length > 1 ? 'them' : 'it';
    ctx.report('certifications.missing', {
      facts: [fact],
      message: fact.known
        ? `Required ${andList(missing)}: no confirmed fact shows ${name} holds ${them} (it confirms: ${held.length > 0 ? andList(held) : 'none'}).`
        : `Required ${andList(missing)}: ${name}'s certifications cannot be verified.`,
      remediation: `Obtain ${name}'s ${andList(missing)} evidence and record it as an assurance (fact: certifications), or choose a vendor that holds ${them}.`,
    });
  },
});
