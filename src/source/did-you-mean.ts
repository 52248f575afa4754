/** Names people reach for that no edit distance finds: registries and ecosystems by their other names. */
const SYNONYMS: Record<string, string> = {
  rubygems: 'gem',
  ruby: 'gem',
  gems: 'gem',
  pip: 'pypi',
  python: 'pypi',
  poetry: 'pypi',
  node: 'npm',
  yarn: 'npm',
  pnpm: 'npm',
  javascript: 'npm',
  golang: 'go',
  php: 'composer',
  packagist: 'composer',
  rust: 'cargo',
  crates: 'cargo',
  'crates.io': 'cargo',
  dotenv: 'env',
  domains: 'hosts',
};

/** The closest candidate to a misspelt word, if one is close enough to be a plausible typo. */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  const synonym = SYNONYMS[lower];
  if (synonym !== undefined && candidates.includes(synonym)) return synonym;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const limit = Math.max(1, Math.floor(word.length / 3));
  return best !== undefined && bestDistance <= limit && best !== word ? best : undefined;
}

/** Levenshtein distance with one row of memory; inputs are short keys and ids. */
export function editDistance(a: string, b: string): number {
  if (a.length > 200 || b.length > 200) return Math.abs(a.length - b.length) + 200;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}
