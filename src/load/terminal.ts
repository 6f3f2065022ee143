/*
 * Prompts, spinner and the interactive onboarding: loaded only when a person at a terminal is
 * asked something. Scripts and CI never load them. Every lazy import of prompt code goes through
 * this one module (see ./commands.ts for why).
 */
export { inquirerPrompts } from '../ui/prompts.js';
export { runInteractiveOnboard } from '../commands/onboard-interactive.js';
export { askModelQuestions } from '../commands/onboard-steps/questions.js';
