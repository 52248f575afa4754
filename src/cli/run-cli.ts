import { parseArgs } from 'node:util';
import { evaluateRepository, exitStatus, readUserFile, type Outcome } from '../evaluate-repository.js';
import { today } from '../dates.js';
import { DEFAULT_MANIFEST, DEFAULT_RULES, UsageError, type Options } from '../options.js';
import { formatJson, formatJsonConfigErrors } from '../report/format-json.js';
import { formatMarkdown } from '../report/format-markdown.js';
import { formatSarif } from '../report/format-sarif.js';
import { formatText, formatTextConfigErrors } from '../report/format-text.js';
import { guardOutput } from '../report/terminal.js';
import { FAIL_ON_LEVELS, type FailOn } from '../vocabulary.js';
import { explainVendor, listVendors, vendorsMarkdown } from './vendors.js';
import { initManifest } from './init.js';
import { formatRegister, subprocessorRegister } from './subprocessors.js';
import { parseManifest } from '../manifest/load.js';
import { displayPath } from '../workspace.js';
import { ConfigErrors } from '../source/config-error.js';
import { loadCatalogue } from '../catalogue/load.js';
import { OutsideWorkspaceError, resolveInWorkspace } from '../workspace.js';
import { gitBaseReader, verifyGitRef } from '../policy/base-manifest.js';

export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

const USAGE = `Usage: vendor-gate <command> [options]

Commands:
  check                 Check the manifest against the vendor catalogue (the default)
      --manifest P      Manifest path (default ${DEFAULT_MANIFEST})
      --rules DIR       Local vendor rules (default ${DEFAULT_RULES})
      --policy P        Requirements file that takes precedence over the manifest's
      --fail-on L       error | warning | notice | never (default error)
      --format F        text | json | markdown | sarif (default text)
      --base REF        Compare with the manifest at a git ref (policy.weakened)
      --no-scan         Do not scan dependency files for undeclared vendors
  init                  Scan the repo and write a starter manifest (never overwrites one)
      --manifest P      Where to write it (default ${DEFAULT_MANIFEST})
  vendors               List the catalogue: id, name, verified date, fact count
      --format F        text | markdown (default text; markdown is docs/vendors.md)
  explain <vendor>      Show a vendor's card: every fact, its status and source
  subprocessors         The app's subprocessor register, from the manifest and the catalogue
      --format F        markdown | csv | json (default markdown)

Exit codes: 0 pass, 1 the gate failed, 2 the run could not be evaluated.
`;

const FORMATS = ['text', 'json', 'markdown', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

/** Run one CLI command; returns the exit code. Never throws for bad input. */
export async function runCli(argv: string[], rawIo: CliIo): Promise<number> {
  // Whatever a command prints may hold repository text: nothing reaches the terminal unguarded.
  const io: CliIo = {
    ...rawIo,
    stdout: { write: (text: string) => rawIo.stdout.write(guardOutput(text)) },
    stderr: { write: (text: string) => rawIo.stderr.write(guardOutput(text)) },
  };
  const [command = 'check', ...rest] = argv[0]?.startsWith('-') ? ['check', ...argv] : argv;
  try {
    switch (command) {
      case 'check':
        return await check(rest, io);
      case 'vendors':
        return await vendors(rest, io);
      case 'subprocessors':
        return await subprocessors(rest, io);
      case 'init':
        return await init(rest, io);
      case 'explain':
        return await explain(rest, io);
      case 'help':
      case '--help':
      case '-h':
        io.stdout.write(USAGE);
        return 0;
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof OutsideWorkspaceError) {
      io.stderr.write(`vendor-gate: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof ConfigErrors) {
      io.stderr.write(formatTextConfigErrors(error.errors));
      return 2;
    }
    if (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`vendor-gate: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    // A bug of ours, not the user's: say so in one line; the run was not evaluated.
    io.stderr.write(
      `vendor-gate: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 2;
  }
}

async function check(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      manifest: { type: 'string', default: DEFAULT_MANIFEST },
      rules: { type: 'string' },
      policy: { type: 'string' },
      'fail-on': { type: 'string', default: 'error' },
      format: { type: 'string', default: 'text' },
      'no-scan': { type: 'boolean', default: false },
      'scan-ignore': { type: 'string', multiple: true, default: [] },
      base: { type: 'string' },
    },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  const format = oneOf('--format', values.format, FORMATS);
  const options: Options = {
    workspace: io.cwd,
    manifest: values.manifest,
    rules: values.rules ?? DEFAULT_RULES,
    rulesExplicit: values.rules !== undefined,
    policy: values.policy,
    failOn: oneOf('--fail-on', values['fail-on'], FAIL_ON_LEVELS) as FailOn,
    scan: !values['no-scan'],
    scanIgnore: values['scan-ignore'],
    today: today(io.env),
  };
  if (values.base !== undefined) {
    await verifyGitRef(io.cwd, values.base).catch((error: Error) => {
      throw new UsageError(error.message);
    });
  }
  const outcome = await evaluateRepository(options, {
    readBase: values.base ? gitBaseReader(io.cwd, values.base) : undefined,
  });
  render(outcome, format, io);
  return exitStatus(outcome);
}

function render(outcome: Outcome, format: Format, io: CliIo): void {
  if (outcome.kind === 'usage-error') throw new UsageError(outcome.message);
  if (outcome.kind === 'config-error') {
    if (format === 'json') io.stdout.write(formatJsonConfigErrors(outcome.errors));
    else io.stderr.write(formatTextConfigErrors(outcome.errors));
    return;
  }
  const formatters = { text: formatText, json: formatJson, markdown: formatMarkdown, sarif: formatSarif };
  io.stdout.write(formatters[format](outcome.report));
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag}: '${value}' is not one of ${allowed.join(', ')}`);
}

async function init(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      manifest: { type: 'string', default: DEFAULT_MANIFEST },
      rules: { type: 'string' },
      'scan-ignore': { type: 'string', multiple: true, default: [] },
    },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  const result = await initManifest({
    workspace: io.cwd,
    manifest: values.manifest,
    catalogue: await catalogueFor(args, io),
    scanIgnore: values['scan-ignore'],
  });
  const found = result.vendors.length > 0 ? result.vendors.join(', ') : 'no vendors detected';
  const optional = result.optional.length > 0 ? `; commented out: ${result.optional.join(', ')}` : '';
  io.stdout.write(
    `Wrote ${result.written} (${found}${optional}).\nReview the TODOs, then run \`vendor-gate check\`.\n`,
  );
  return 0;
}

async function vendors(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { rules: { type: 'string' }, format: { type: 'string', default: 'text' } },
  });
  const format = oneOf('--format', values.format, ['text', 'markdown'] as const);
  const catalogue = await catalogueFor(args, io);
  io.stdout.write(format === 'markdown' ? vendorsMarkdown(catalogue) : listVendors(catalogue));
  return 0;
}

async function subprocessors(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      manifest: { type: 'string', default: DEFAULT_MANIFEST },
      rules: { type: 'string' },
      format: { type: 'string', default: 'markdown' },
    },
  });
  const format = oneOf('--format', values.format, ['markdown', 'csv', 'json'] as const);
  const catalogue = await catalogueFor(args, io);
  const path = resolveInWorkspace(io.cwd, values.manifest);
  const shown = displayPath(io.cwd, path);
  const { manifest } = parseManifest(shown, readUserFile(io.cwd, path, shown, 'manifest'), catalogue);
  io.stdout.write(formatRegister(subprocessorRegister(manifest, catalogue), format));
  return 0;
}

function catalogueFor(args: string[], io: CliIo) {
  const { values } = parseArgs({
    args,
    allowPositionals: true,
    strict: false,
    options: { rules: { type: 'string' } },
  });
  const rules = typeof values.rules === 'string' ? values.rules : undefined;
  return loadCatalogue({
    workspace: io.cwd,
    localDir: resolveInWorkspace(io.cwd, rules ?? DEFAULT_RULES),
    localDirRequired: rules !== undefined,
    today: today(io.env),
  });
}

async function explain(args: string[], io: CliIo): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: { rules: { type: 'string' } } });
  const vendor = positionals[0];
  if (!vendor) throw new UsageError('explain needs a vendor id or domain, e.g. `vendor-gate explain clerk`');
  const catalogue = await catalogueFor(args, io);
  const card = explainVendor(catalogue, vendor);
  if (!card.ok) {
    io.stderr.write(`vendor-gate: ${card.message}\n`);
    return 2;
  }
  io.stdout.write(card.text);
  return 0;
}
