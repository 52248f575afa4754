import { realpathSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Catalogue } from '../catalogue/catalogue.js';
import { loadCatalogue } from '../catalogue/load.js';
import { today } from '../dates.js';
import { evaluateRepository, readUserFile } from '../evaluate-repository.js';
import { gitBaseReader, verifyGitRef } from '../gather/base-manifest.js';
import { parseManifest } from '../manifest/load.js';
import { DEFAULT_MANIFEST, DEFAULT_RULES, UsageError, type Options } from '../options.js';
import { readPackageJson } from '../package-root.js';
import { exitStatus, outcomeOfError, type Outcome } from '../outcome.js';
import { renderText } from '../report/format-text.js';
import { FORMAT_NAMES, FORMATS } from '../report/formats.js';
import type { Checked } from '../source/config-error.js';
import { guardOutput } from '../report/terminal.js';
import { FAIL_ON_LEVELS, type FailOn } from '../vocabulary.js';
import { displayPath, resolveInWorkspace } from '../workspace.js';
import { discoverPaths } from './discover.js';
import { describeInit, initManifest, requirementsFromFlags } from './init.js';
import { commandUsage, parseFlags, type CommandSpec, type FlagTable } from './options-table.js';
import type { Prompt } from './prompt.js';
import { checkRules, newRule } from './rules.js';
import { formatRegister, subprocessorRegister } from './subprocessors.js';
import { explainVendor, listVendors, vendorsMarkdown } from './vendors.js';

export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Present when stdin and stdout are a terminal: `init` asks its questions there. */
  prompt?: Prompt;
}

/** Flags `check`, `init` and `subprocessors` share. Paths are relative to the current directory. */
const MANIFEST_FLAG = {
  manifest: {
    type: 'string',
    value: 'P',
    description: 'Manifest path',
    defaultText: `the nearest ${DEFAULT_MANIFEST} up to the repository's top level`,
  },
} satisfies FlagTable;

const RULES_FLAG = {
  rules: {
    type: 'string',
    value: 'DIR',
    description: 'Local vendor rules',
    defaultText: `<workspace>/${DEFAULT_RULES}`,
  },
} satisfies FlagTable;

const SCAN_IGNORE_FLAG = {
  'scan-ignore': {
    type: 'string',
    value: 'GLOB',
    description: 'Skip matching files in the dependency scan (repeatable)',
    multiple: true,
  },
} satisfies FlagTable;

/** Every command and its option table: the parser and the usage text are both built from these. */
export const COMMANDS = {
  check: {
    summary: 'Check the manifest against the vendor catalogue (the default)',
    flags: {
      ...MANIFEST_FLAG,
      ...RULES_FLAG,
      policy: {
        type: 'string',
        value: 'P',
        description: "Requirements file that takes precedence over the manifest's",
      },
      'fail-on': { type: 'string', value: 'L', description: FAIL_ON_LEVELS.join(' | '), default: 'error' },
      format: { type: 'string', value: 'F', description: FORMAT_NAMES.join(' | '), default: 'text' },
      base: {
        type: 'string',
        value: 'REF',
        description: 'Compare with the manifest at a git ref (policy.weakened)',
      },
      'no-scan': {
        type: 'boolean',
        description: 'Do not scan dependency files for undeclared vendors',
        default: false,
      },
      ...SCAN_IGNORE_FLAG,
    },
  },
  init: {
    summary: 'Scan the repo and write a starter manifest (never overwrites one)',
    flags: {
      manifest: {
        type: 'string',
        value: 'P',
        description: 'Where to write it',
        defaultText: `${DEFAULT_MANIFEST} at the repository's top level`,
      },
      ...RULES_FLAG,
      ...SCAN_IGNORE_FLAG,
      // The requirements (SPEC §7.3), comma-separated; asked for on a terminal when absent.
      data: { type: 'string', value: 'LIST', description: 'Personal data categories handled (or none)' },
      regions: { type: 'string', value: 'LIST', description: 'Regions where personal data may be stored' },
      transfers: { type: 'string', value: 'T', description: 'forbidden | safeguarded (needs --regions)' },
      agreements: {
        type: 'string',
        value: 'LIST',
        description: 'Agreements every processor must have signed: dpa, baa',
      },
      'ai-training': { type: 'string', value: 'A', description: 'forbidden | allowed' },
      'deletion-days': {
        type: 'string',
        value: 'N',
        description: 'Vendors must delete data within N days of termination',
      },
    },
  },
  vendors: {
    summary: 'List the catalogue: id, name, verified date, fact count',
    flags: {
      ...RULES_FLAG,
      format: {
        type: 'string',
        value: 'F',
        description: 'text | markdown (markdown is docs/vendors.md)',
        default: 'text',
      },
    },
  },
  explain: {
    args: '<vendor>',
    summary: "Show a vendor's card: every fact, its status and source",
    flags: { ...RULES_FLAG },
  },
  subprocessors: {
    summary: "The app's subprocessor register, from the manifest and the catalogue",
    flags: {
      ...MANIFEST_FLAG,
      ...RULES_FLAG,
      format: { type: 'string', value: 'F', description: 'markdown | csv | json', default: 'markdown' },
    },
  },
  rules: {
    args: '<new|check>',
    summary: 'Write or validate local vendor rules',
    flags: {},
    subcommands: {
      new: {
        args: '<id>',
        summary: 'Write a rule skeleton to <rules>/<id>.yml (every fact unclear)',
        flags: { ...RULES_FLAG },
      },
      check: {
        args: '[files]',
        summary: 'Validate local rules and report every error (default: all in the rules folder)',
        flags: { ...RULES_FLAG },
      },
    },
  },
  help: {
    args: '[command]',
    summary: "Show this help, or one command's",
    flags: {},
  },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;

const isCommand = (name: string | undefined): name is CommandName =>
  name !== undefined && Object.hasOwn(COMMANDS, name);

/** The usage text, generated from {@link COMMANDS}: every command, or one. */
export function usage(command?: CommandName): string {
  const sections = command
    ? commandUsage(command, COMMANDS[command])
    : Object.entries(COMMANDS)
        .map(([name, spec]) => commandUsage(name, spec))
        .join('');
  return [
    `Usage: vendor-gate ${command ?? '<command>'} [options]`,
    '',
    command ? 'Command:' : 'Commands:',
    sections.trimEnd(),
    '',
    'Global options:',
    '  -h, --help            Show help (also `vendor-gate help <command>`)',
    '  --version             Print the version',
    '',
    'Flag paths are relative to the current directory.',
    'Exit codes: 0 pass, 1 the gate failed, 2 the run could not be evaluated.',
    '',
  ].join('\n');
}

/** Run one CLI command; returns the exit code. Never throws for bad input. */
export async function runCli(argv: string[], rawIo: CliIo): Promise<number> {
  // Whatever a command prints may hold repository text: nothing reaches the terminal unguarded.
  const io: CliIo = {
    ...rawIo,
    stdout: { write: (text: string) => rawIo.stdout.write(guardOutput(text)) },
    stderr: { write: (text: string) => rawIo.stderr.write(guardOutput(text)) },
  };
  if (argv[0] === '--version') {
    io.stdout.write(`${readPackageJson().version}\n`);
    return 0;
  }
  if (argv[0] === '--help' || argv[0] === '-h') argv = ['help', ...argv.slice(1)];
  const [command = 'check', ...rest] = argv[0]?.startsWith('-') ? ['check', ...argv] : argv;
  if (rest.includes('--help') || rest.includes('-h') || command === 'help') {
    const about = command === 'help' ? rest[0] : command;
    if (about !== undefined && !isCommand(about))
      return print({ kind: 'usage-error', message: `unknown command '${about}'` }, 'text', io);
    io.stdout.write(usage(about === 'help' ? undefined : about));
    return 0;
  }
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
      case 'rules':
        return await rules(rest, io);
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (error) {
    return print(outcomeOfError(error), 'text', io, isCommand(command) ? command : undefined);
  }
}

/** Print an outcome in a format; returns its exit status. */
function print(outcome: Outcome, format: keyof typeof FORMATS, io: CliIo, command?: CommandName): number {
  switch (outcome.kind) {
    case 'report':
      io.stdout.write(FORMATS[format].render(outcome));
      break;
    case 'config-error':
      if (FORMATS[format].forPrograms) io.stdout.write(FORMATS[format].render(outcome));
      else io.stderr.write(renderText(outcome));
      break;
    case 'usage-error':
      io.stderr.write(
        `vendor-gate: ${outcome.message}\nRun \`vendor-gate help${command ? ` ${command}` : ''}\` for usage.\n`,
      );
      break;
    case 'internal-error':
      // A bug of ours, not the user's: say so in one line; the run was not evaluated.
      io.stderr.write(`vendor-gate: internal error: ${outcome.message}\n`);
      break;
  }
  return exitStatus(outcome);
}

/** A loader's value, or its configuration errors printed (exit 2). */
function orStop<T>(checked: Checked<T>, io: CliIo): T | number {
  return checked.ok ? checked.value : print({ kind: 'config-error', errors: checked.errors }, 'text', io);
}

/**
 * Where the run reads: the workspace, the manifest and the rules folder. Flags are relative to the
 * current directory; they are handed on relative to the workspace, as the user would write them there.
 */
function pathsFor(io: CliIo, values: { manifest?: string; rules?: string }) {
  const { workspace, manifest } = discoverPaths(io.cwd, values.manifest);
  const cwd = realpathSync(io.cwd);
  const fromCwd = (path: string) => relative(workspace, resolve(cwd, path)) || '.';
  return {
    workspace,
    manifest: relative(workspace, manifest),
    rules: values.rules !== undefined ? fromCwd(values.rules) : DEFAULT_RULES,
    rulesExplicit: values.rules !== undefined,
    fromCwd,
  };
}

async function check(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, COMMANDS.check.flags);
  const format = oneOf('--format', values.format, FORMAT_NAMES);
  const paths = pathsFor(io, values);
  const options: Options = {
    workspace: paths.workspace,
    manifest: paths.manifest,
    rules: paths.rules,
    rulesExplicit: paths.rulesExplicit,
    policy: values.policy !== undefined ? paths.fromCwd(values.policy) : undefined,
    failOn: oneOf('--fail-on', values['fail-on'], FAIL_ON_LEVELS) as FailOn,
    scan: !values['no-scan'],
    scanIgnore: values['scan-ignore'],
    today: today(io.env),
    surface: 'cli',
  };
  if (values.base !== undefined) {
    await verifyGitRef(paths.workspace, values.base).catch((error: Error) => {
      throw new UsageError(error.message);
    });
  }
  const outcome = await evaluateRepository(options, {
    readBase: values.base ? gitBaseReader(paths.workspace, values.base) : undefined,
  });
  return print(outcome, format, io);
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag}: '${value}' is not one of ${allowed.join(', ')}`);
}

async function init(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, COMMANDS.init.flags);
  const requirements = requirementsFromFlags(values);
  const paths = pathsFor(io, values);
  const catalogue = orStop(await catalogueAt(paths, io), io);
  if (typeof catalogue === 'number') return catalogue;
  const result = await initManifest({
    workspace: paths.workspace,
    manifest: paths.manifest,
    catalogue,
    scanIgnore: values['scan-ignore'],
    requirements,
    prompt: io.prompt,
  });
  io.stdout.write(describeInit(result));
  return 0;
}

async function vendors(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, COMMANDS.vendors.flags);
  const format = oneOf('--format', values.format, ['text', 'markdown'] as const);
  const catalogue = orStop(await catalogueAt(pathsFor(io, values), io), io);
  if (typeof catalogue === 'number') return catalogue;
  io.stdout.write(format === 'markdown' ? vendorsMarkdown(catalogue) : listVendors(catalogue));
  return 0;
}

async function subprocessors(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, COMMANDS.subprocessors.flags);
  const format = oneOf('--format', values.format, ['markdown', 'csv', 'json'] as const);
  const paths = pathsFor(io, values);
  const catalogue = orStop(await catalogueAt(paths, io), io);
  if (typeof catalogue === 'number') return catalogue;
  const path = resolveInWorkspace(paths.workspace, paths.manifest);
  const shown = displayPath(paths.workspace, path);
  const text = readUserFile(paths.workspace, path, shown, 'manifest', 'cli');
  const loaded = orStop(text.ok ? parseManifest(shown, text.value, catalogue) : text, io);
  if (typeof loaded === 'number') return loaded;
  io.stdout.write(formatRegister(subprocessorRegister(loaded.manifest, catalogue), format));
  return 0;
}

function catalogueAt(
  paths: { workspace: string; rules: string; rulesExplicit: boolean },
  io: CliIo,
): Promise<Checked<Catalogue>> {
  return loadCatalogue({
    workspace: paths.workspace,
    localDir: resolveInWorkspace(paths.workspace, paths.rules),
    localDirRequired: paths.rulesExplicit,
    today: today(io.env),
  });
}

async function explain(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(args, COMMANDS.explain.flags, { max: 1 });
  const vendor = positionals[0];
  if (!vendor) throw new UsageError('explain needs a vendor id or domain, e.g. `vendor-gate explain clerk`');
  const catalogue = orStop(await catalogueAt(pathsFor(io, values), io), io);
  if (typeof catalogue === 'number') return catalogue;
  const card = explainVendor(catalogue, vendor);
  if (!card.ok) {
    io.stderr.write(`vendor-gate: ${card.message}\n`);
    return 2;
  }
  io.stdout.write(card.text);
  return 0;
}

async function rules(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'new') {
    const { values, positionals } = parseFlags(rest, COMMANDS.rules.subcommands.new.flags, { max: 1 });
    const id = positionals[0];
    if (!id) throw new UsageError('rules new needs a vendor id, e.g. `vendor-gate rules new acme-mail`');
    const paths = pathsFor(io, values);
    const result = newRule({ workspace: paths.workspace, rulesDir: paths.rules, id, today: today(io.env) });
    if (!result.ok) {
      io.stderr.write(`vendor-gate: ${result.message}\n`);
      return 2;
    }
    io.stdout.write(
      `Wrote ${result.written}: every fact is unclear until you cite a source.\nFill it in, then run \`vendor-gate rules check\`.\n`,
    );
    return 0;
  }
  if (sub === 'check') {
    const { values, positionals } = parseFlags(rest, COMMANDS.rules.subcommands.check.flags, {
      max: Number.MAX_SAFE_INTEGER,
    });
    const paths = pathsFor(io, values);
    const checked = checkRules({
      workspace: paths.workspace,
      rulesDir: paths.rules,
      files: positionals.map(paths.fromCwd),
      today: today(io.env),
    });
    if (checked.errors.length > 0) return print({ kind: 'config-error', errors: checked.errors }, 'text', io);
    io.stdout.write(
      checked.files.length === 0
        ? `No local rules in ${checked.folder}.\n`
        : `${checked.files.length} local rule${checked.files.length === 1 ? '' : 's'} valid: ${checked.files.join(', ')}\n`,
    );
    return 0;
  }
  throw new UsageError(
    sub === undefined ? 'rules needs a subcommand: new or check' : `unknown rules subcommand '${sub}'`,
  );
}
