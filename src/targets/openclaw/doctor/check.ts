import type { GenericCheck } from '../../../doctor/types.js';
import type { DoctorFacts } from './facts.js';

/** One of OpenClaw's checks, over the facts gathered from its config. */
export type Check = GenericCheck<DoctorFacts>;
