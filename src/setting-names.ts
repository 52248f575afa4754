/**
 * The same setting is a flag on the CLI (`--manifest`) and an input in the action (`manifest`).
 * Messages that tell the user which setting to change name it the way the entry point they ran
 * spells it: the entry point picks the surface, everything else asks this module.
 */
export type Surface = 'cli' | 'action';

/** Settings both entry points have, under their action-input spelling. */
export type Setting = 'manifest' | 'rules' | 'policy' | 'fail-on' | 'scan' | 'scan-ignore';

/** How `setting` is written where the user sets it: `--fail-on` on the CLI, the `fail-on` input in the action. */
export function settingName(surface: Surface, setting: Setting): string {
  if (surface === 'cli') return setting === 'scan' ? '`--no-scan`' : `\`--${setting}\``;
  return `the \`${setting}\` input`;
}

/** "point <setting> at it": the phrase for a setting that takes a path. */
export function pointAt(surface: Surface, setting: Setting): string {
  return surface === 'cli'
    ? `pass ${settingName(surface, setting)}`
    : `point ${settingName(surface, setting)} at it`;
}
