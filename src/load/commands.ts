/*
 * What a command runs, loaded as one unit once commander has chosen the command (never for
 * `--help` or `--version`). One unit, not one per command: the bundler splits shared code by
 * which lazy imports reach it, and Node pays ~0.7 ms per module file it loads, so a dozen entry
 * points cost more in tiny shared chunks than the unused commands cost to compile.
 */
export { runOnboard } from '../commands/onboard.js';
export { runDoctor } from '../commands/doctor.js';
export { runModels } from '../commands/models.js';
export { runPlugin } from '../commands/plugin.js';
export { useChalk } from '../ui/color.js';
