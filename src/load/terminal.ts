/*
 * Onboarding's questions, with the prompts and spinner they use: loaded only when a person at a
 * terminal is asked something. Scripts and CI never load them. A seam for the commands alone:
 * a lower layer that asks (doctor's yes/no) imports ui/prompts.js itself, never this module,
 * which reaches up into commands/.
 */
export { inquirerPrompts, cancelledError } from '../ui/prompts.js';
export { introStep } from '../commands/onboard-steps/look.js';
export { askQuestions } from '../commands/onboard-steps/questions.js';
export { confirmPlan, showDiffs } from '../commands/onboard-steps/preview.js';
export { probeStep } from '../commands/onboard-steps/probe.js';
