import { aboutService, type CheckArea, type FindingDraft, type ServiceContext } from './types.js';
import { andList } from './wording.js';

export const certifications: CheckArea = {
  area: 'certifications',
  checks: [
    {
      id: 'certifications.missing',
      area: 'certifications',
      severity: 'error',
      description: 'No confirmed fact shows the vendor holds a required certification.',
      help: "Obtain the vendor's certificate or report and record it as an assurance, or choose a certified vendor.",
    },
  ],
  evaluate(ctx: ServiceContext): FindingDraft[] {
    const required = ctx.requirements.certifications ?? [];
    if (required.length === 0) return [];
    const { loaded } = ctx;
    const name = loaded.rule.name;
    const fact = ctx.fact('certifications');
    const held = fact.known ? (fact.value ?? []) : [];
    const missing = required.filter((c) => !held.includes(c));
    if (missing.length === 0) return [];
    return [
      {
        check: 'certifications.missing',
        ...aboutService(ctx, [fact.evidence]),
        message: fact.known
          ? `Required ${andList(missing)}: no confirmed fact shows ${name} holds ${missing.length > 1 ? 'them' : 'it'} (it confirms: ${held.length > 0 ? andList(held) : 'none'}).`
          : `Required ${andList(missing)}: ${name}'s certifications cannot be verified.`,
        remediation: `Obtain ${name}'s ${andList(missing)} evidence and record it as an assurance (fact: certifications), or choose a vendor that holds ${missing.length > 1 ? 'them' : 'it'}.`,
      },
    ];
  },
};
