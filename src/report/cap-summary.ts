/** GitHub refuses a job summary over 1 MiB for one step; stay under it with room for the note. */
export const MAX_SUMMARY_BYTES = 1024 * 1024 - 4096;

const NOTE =
  "\n\n---\n_This summary was shortened to stay under GitHub's 1 MiB limit for a job summary: the remaining findings are in the annotations, the JSON report (`report-file`) and the SARIF file (`sarif-file`)._\n";

/**
 * The job summary, cut at a line boundary when it would pass {@link MAX_SUMMARY_BYTES} (999 services
 * made 6.7 MB, issue 11), with `<details>` blocks and code fences left open by the cut closed again,
 * and a note saying it was shortened.
 */
export function capSummary(markdown: string, maxBytes = MAX_SUMMARY_BYTES): string {
  if (Buffer.byteLength(markdown, 'utf8') <= maxBytes) return markdown;
  const room = maxBytes - Buffer.byteLength(NOTE, 'utf8') - 64; // 64: closing tags and fences
  // Cut by bytes, then back to the last whole line.
  let kept = Buffer.from(markdown, 'utf8').subarray(0, room).toString('utf8');
  kept = kept.replace(/\uFFFD$/, ''); // a character cut in half
  const lastNewline = kept.lastIndexOf('\n');
  if (lastNewline > 0) kept = kept.slice(0, lastNewline);
  let closing = '';
  if ((kept.match(/^```/gm)?.length ?? 0) % 2 === 1) closing += '\n```';
  const open = (kept.match(/<details\b/g)?.length ?? 0) - (kept.match(/<\/details>/g)?.length ?? 0);
  for (let i = 0; i < Math.min(open, 4); i++) closing += '\n</details>';
  return `${kept}${closing}${NOTE}`;
}
