// Print the release notes for one version from CHANGELOG.md: the body of its `## [X.Y.Z] - date`
// section, without the heading. The release workflow uses it for the GitHub release.
//
//   node scripts/changelog-notes.mjs 1.1.0          # or v1.1.0
//   node scripts/changelog-notes.mjs 1.1.0 --check  # also: the version is package.json's
//
// Exits 1, saying why, when the section is missing, empty, still holds the integrator's
// placeholders, or (with --check) names another version than package.json.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The body of `version`'s section, or an error message. */
export function releaseNotes(changelog, version) {
  const lines = changelog.split(/\r?\n/);
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const heading = new RegExp(`^## \\[${escaped}\\](?:\\s|$)`);
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0) return { error: `CHANGELOG.md has no '## [${version}] - YYYY-MM-DD' section` };
  if (!/^## \[[^\]]+\] - \d{4}-\d{2}-\d{2}\s*$/.test(lines[start])) {
    return { error: `CHANGELOG.md: the heading of ${version} needs a release date: '## [${version}] - YYYY-MM-DD'` };
  }
  let end = lines.findIndex((line, i) => i > start && (/^## /.test(line) || /^\[[^\]]+\]: /.test(line)));
  if (end < 0) end = lines.length;
  const body = lines.slice(start + 1, end).join('\n').trim();
  if (body === '') return { error: `CHANGELOG.md: the section for ${version} is empty` };
  if (/To be filled in by the integrator/i.test(body)) {
    return { error: `CHANGELOG.md: the section for ${version} still holds placeholders` };
  }
  return { notes: `${body}\n` };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [arg, flag] = process.argv.slice(2);
  if (!arg) {
    console.error('usage: node scripts/changelog-notes.mjs <version> [--check]');
    process.exit(2);
  }
  const version = arg.replace(/^v/, '');
  if (flag === '--check') {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    if (pkg.version !== version) {
      console.error(`package.json says ${pkg.version}, the tag says ${version}: bump package.json before tagging`);
      process.exit(1);
    }
  }
  const result = releaseNotes(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), version);
  if (result.error) {
    console.error(result.error);
    process.exit(1);
  }
  process.stdout.write(result.notes);
}
