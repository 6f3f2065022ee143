// Our own prompt (src/ui/ordered-checkbox.ts) on @inquirer/testing's screen, as that package does
// for inquirer's prompts: a test file that drives the screen sees it and types into it too. The
// testing package is loaded only where the prompt is, so no other test file gets its mocks.
import { vi } from 'vitest';

vi.mock('../../src/ui/ordered-checkbox.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/ui/ordered-checkbox.js')>();
  const { wrapPrompt } = await import('@inquirer/testing/vitest');
  return { ...actual, default: wrapPrompt(actual.default) };
});
