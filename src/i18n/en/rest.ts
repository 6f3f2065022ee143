// Every English message but the entry's own (./cli.ts, loaded first for help and usage errors):
// the chunk loadLang('en') adds once a command runs (../index.ts).
import answers from './answers.js';
import balance from './balance.js';
import arrivals from './arrivals.js';
import config from './config.js';
import doctor from './doctor.js';
import gateway from './gateway.js';
import gateways from './gateways.js';
import kinds from './kinds.js';
import models from './models.js';
import onboard from './onboard.js';
import picoclaw from './picoclaw.js';
import prompts from './prompts.js';
import write from './write.js';

export { useCommands } from './command.js';

export default { answers, arrivals, balance, config, doctor, gateway, gateways, kinds, models, onboard, picoclaw, prompts, write };
