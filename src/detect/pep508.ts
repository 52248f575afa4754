/** PyPI name rules shared by requirements files, pyproject.toml and pattern matching. */

/** A PEP 508 name found at the start of a requirement, with its offsets in that string. */
export interface RequirementName {
  name: string;
  start: number;
  end: number;
}

const NAME = /[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/y;
/** What may follow a name in a requirement: extras, a version, a marker, a URL (`@`), or nothing. */
const AFTER_NAME = /[ \t]*(?:$|[[(<>=!~;@])|[ \t]+--?[A-Za-z]/y;
/** pip treats a "name" like these as a local archive, not a project on an index. */
const ARCHIVE_SUFFIX = /\.(?:whl|zip|tar|tgz|tar\.gz|tar\.bz2|tar\.xz)$/i;

/**
 * The project name a PEP 508 requirement starts with (`requests[socks]>=2; python_version<"4"`).
 * Undefined when the text is not a named requirement: a URL, a path, an archive, an option.
 */
export function requirementName(requirement: string): RequirementName | undefined {
  let start = 0;
  while (requirement[start] === ' ' || requirement[start] === '\t') start++;
  NAME.lastIndex = start;
  const match = NAME.exec(requirement);
  if (!match) return undefined;
  const end = start + match[0].length;
  AFTER_NAME.lastIndex = end;
  if (!AFTER_NAME.test(requirement)) return undefined;
  if (ARCHIVE_SUFFIX.test(match[0])) return undefined;
  return { name: match[0], start, end };
}

/** PEP 503 normalisation: lowercase, and any run of `-`, `_` and `.` is one `-`. */
export function normalizePypiName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}
