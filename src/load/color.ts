/*
 * chalk, for a run that colours its output (a terminal, or FORCE_COLOR): loaded beside the
 * command's code by the entry (src/cli.ts), so scripts, CI and NO_COLOR never evaluate it or the
 * tty probe it makes at load (see ./commands.ts for why every lazy import goes through a unit).
 */
export { Chalk, supportsColor } from 'chalk';
