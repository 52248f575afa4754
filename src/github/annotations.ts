import type { AnnotationProperties } from '@actions/core';
import type { Finding } from '../engine/finding.js';
import { formatConfigError, type ConfigError } from '../source/config-error.js';
import type { Location } from '../source/location.js';

export interface Annotation {
  level: Finding['severity'];
  message: string;
  properties: AnnotationProperties;
}

/**
 * One annotation per unwaived finding, at its location, errors first (the runner shows only ten
 * of each level per step; the job summary lists everything). Columns only when on one line.
 */
export function annotationsFor(findings: Finding[]): Annotation[] {
  return findings
    .filter((f) => f.waived === null)
    .map((finding) => {
      const sources = [
        ...new Set(finding.evidence.map((e) => e.source).filter((s): s is string => s !== null)),
      ];
      return {
        level: finding.severity,
        message: [finding.message, `Fix: ${finding.remediation}`, ...sources.map((s) => `Source: ${s}`)].join(
          '\n',
        ),
        properties: { title: `vendor-gate: ${finding.check}`, ...at(finding.location) },
      };
    });
}

/** One error annotation per configuration error, at its location. */
export function configErrorAnnotations(errors: ConfigError[]): Annotation[] {
  return errors.map((error) => ({
    level: 'error',
    message: formatConfigError(error),
    properties: { title: 'vendor-gate: configuration error', ...at(error.location) },
  }));
}

/** Where an annotation points; columns only when it starts and ends on one line. */
function at(location: Location): AnnotationProperties {
  return {
    file: location.file,
    startLine: location.line,
    endLine: location.endLine,
    ...(location.line === location.endLine
      ? { startColumn: location.column, endColumn: location.endColumn }
      : {}),
  };
}
