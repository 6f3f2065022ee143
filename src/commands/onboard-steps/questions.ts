import type { Resolved } from '../../resolve.js';
import type { KeySource } from '../../targets/target.js';
import type { Flow } from './flow.js';
import { keyStep, validateStep } from './key.js';
import { declaredStep, defaultModelStep, fallbacksStep } from './models.js';
import { storageStep } from './storage.js';

/**
 * The questions, in order, for every target and gateway. Each step answers from its flag when one
 * was given and asks only otherwise, so `onboard --model x` on a terminal skips exactly that one.
 */
export async function askQuestions(flow: Flow, found: Resolved<KeySource> | undefined): Promise<void> {
  await keyStep(flow, found);
  await validateStep(flow);
  await defaultModelStep(flow);
  await fallbacksStep(flow);
  await declaredStep(flow);
  await storageStep(flow);
}
