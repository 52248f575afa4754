import { createInterface, type Interface } from 'node:readline';

/** Questions for a person at a terminal; `ask` resolves undefined once input has ended. */
export interface Prompt {
  ask(question: string): Promise<string | undefined>;
  say(text: string): void;
  /** Release the input, so the process can exit. */
  close?(): void;
}

/**
 * A prompt on a terminal's input and output (the CLI makes one for `init` only when both are
 * TTYs). The terminal is not touched until the first question; Ctrl-C calls `onInterrupt`.
 */
export function terminalPrompt(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  onInterrupt: () => void,
): Prompt {
  let lines: Interface | undefined;
  let closed = false;
  const waiting: ((line: string | undefined) => void)[] = [];
  const open = (): Interface => {
    if (lines) return lines;
    lines = createInterface({ input, output, terminal: true });
    lines.on('line', (line) => waiting.shift()?.(line));
    lines.on('SIGINT', onInterrupt);
    lines.on('close', () => {
      closed = true;
      for (const resolve of waiting.splice(0)) resolve(undefined);
    });
    return lines;
  };
  return {
    ask(question) {
      if (closed) return Promise.resolve(undefined);
      const terminal = open();
      return new Promise((resolve) => {
        waiting.push(resolve);
        terminal.setPrompt(question);
        terminal.prompt();
      });
    },
    say(text) {
      output.write(text);
    },
    close() {
      lines?.close();
    },
  };
}
