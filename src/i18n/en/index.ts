// Every English message of the CLI, by area: the type of all messages (../index.ts) and, imported
// whole, the plugin's (../both.ts). The CLI itself loads ./cli.ts first and ./rest.ts when a command runs.
import cli from './cli.js';
import rest from './rest.js';

export { useCommands } from './command.js';

export default { ...rest, cli };
