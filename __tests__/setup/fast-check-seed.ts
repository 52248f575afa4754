/**
 * Every property test in the suite runs from one fixed seed, so CI is reproducible: a failure names
 * the same counterexample on every run. Set FC_SEED to explore other seeds locally; the long
 * campaign (`npm run fuzz`) picks its own seed and reports it.
 */
import fc from 'fast-check';

const seed = Number(process.env.FC_SEED ?? process.env.FUZZ_SEED ?? 20_261_126);
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
