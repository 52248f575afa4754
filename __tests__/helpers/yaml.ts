/** The 1-based `line:column` where `needle` first occurs in `text`, for asserting exact locations. */
export function positionOf(text: string, needle: string, occurrence = 1): string {
  let index = -1;
  for (let i = 0; i < occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`'${needle}' not found in fixture`);
  }
  const before = text.slice(0, index).split('\n');
  return `${before.length}:${before[before.length - 1]!.length + 1}`;
}

/** A manifest with the given requirements block and one service block, both as YAML lines. */
export function manifest(requirements: string[], services: string[][], extra: string[] = []): string {
  return [
    'version: 1',
    'requirements:',
    ...requirements.map((l) => `  ${l}`),
    ...extra,
    'services:',
    ...services.flatMap((lines) => lines.map((l, i) => `${i === 0 ? '  - ' : '    '}${l}`)),
    '',
  ].join('\n');
}
