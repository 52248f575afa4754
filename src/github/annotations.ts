import type { AnnotationProperties } from '@actions/core';
import type { Finding } from '../engine/finding.js';

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
      const { location } = finding;
      const oneLine = location.line === location.endLine;
      const sources = [
        ...new Set(finding.evidence.map((e) => e.source).filter((s): s is string => s !== null)),
      ];
      return {
        level: finding.severity,
        message: [finding.message, `Fix: ${finding.remediation}`, ...sources.map((s) => `Source: ${s}`)].join(
          '\n',
        ),
        properties: {
          title: `vendor-gate: ${finding.check}`,
          file: location.file,
          startLine: location.line,
          endLine: location.endLine,
          ...(oneLine ? { startColumn: location.column, endColumn: location.endColumn } : {}),
        },
      };
    });
}
