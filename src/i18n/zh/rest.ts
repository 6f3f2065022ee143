// Every Simplified Chinese message but the entry's own (./cli.ts, loaded first for help and usage errors):
// the chunk loadLang('zh-CN') adds once a command runs (../index.ts).
// Typed by the English one through a type-only import, so a missing translation is a type error.
import type en from '../en/rest.js';
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

const zh: typeof en = { answers, arrivals, balance, config, doctor, gateway, gateways, kinds, models, onboard, picoclaw, prompts, write };

export { useCommands } from './command.js';

export default zh;
