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
  // Lines typed (or pasted) ahead of their question answer the next questions, in order.
  const typedAhead: string[] = [];
  const open = (): Interface => {
    if (lines) return lines;
    lines = createInterface({ input, output, terminal: true });
    lines.on('line', (line) => {
      const resolve = waiting.shift();
      if (resolve) resolve(line);
      else typedAhead.push(line);
    });
    lines.on('SIGINT', onInterrupt);
    lines.on('close', () => {
      closed = true;
      for (const resolve of waiting.splice(0)) resolve(undefined);
    });
    return lines;
  };
  return {
    ask(question) {
      const terminal = open();
      if (typedAhead.length > 0) {
        output.write(`${question}${typedAhead[0]!}\n`);
        return Promise.resolve(typedAhead.shift());
      }
      if (closed) return Promise.resolve(undefined);
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
