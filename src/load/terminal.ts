/*
 * Prompts, spinner and the onboarding questions: loaded only when a person at a terminal is
 * asked something. Scripts and CI never load them. Every lazy import of prompt code goes through
 * this one module (see ./commands.ts for why).
 */
export { inquirerPrompts, cancelledError } from '../ui/prompts.js';
export { introStep } from '../commands/onboard-steps/look.js';
export { askQuestions } from '../commands/onboard-steps/questions.js';
export { confirmPlan, showDiffs } from '../commands/onboard-steps/preview.js';
export { probeStep } from '../commands/onboard-steps/probe.js';
