// Every Simplified Chinese message of the CLI, by area (see ../en/index.ts), typed by the English.
import type en from '../en/index.js';
import cli from './cli.js';
import rest from './rest.js';

const zh: typeof en = { ...rest, cli };

export { useCommands } from './command.js';

export default zh;
