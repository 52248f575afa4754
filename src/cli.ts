#!/usr/bin/env node
import { terminalPrompt } from './cli/prompt.js';
import { runCli } from './cli/run-cli.js';

const command = process.argv[2];

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  // Only `init` asks questions, and only at a terminal (SPEC §7.3); elsewhere stdin stays untouched.
  prompt:
    command === 'init' && process.stdin.isTTY && process.stdout.isTTY
      ? terminalPrompt(process.stdin, process.stdout, () => {
          process.stdout.write('\nvendor-gate: interrupted; nothing written.\n');
          process.exit(130);
        })
      : undefined,
});
