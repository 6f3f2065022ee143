import { withDiffs } from '../../diff.js';
import { commitLocked } from '../../config/write.js';
import type { ModelsTarget } from '../target.js';
import { planModelRefs, planModelsWrites } from './models-apply.js';
import { liveListFor, readModelsState, requireProvider, type ModelsState } from './models-state.js';

/** `models` over OpenClaw's config: the provider block, `agents.defaults.model` and the allow-list. */
export const openclawModels: ModelsTarget = {
  async read(ctx, forWrite) {
    const state = await readModelsState(ctx, forWrite);
    return {
      configPath: state.loc.path,
      declared: state.declared,
      primary: state.primary,
      fallbacks: state.fallbacks,
      warnings: state.duplicates,
      carriesMetadata: true,
      jsonFields: {},
      requireProvider: () => void requireProvider(state),
      live: (c) => liveListFor(c, state),
      async plan(edit) {
        const { writes, declaredAdded } = await planModelsWrites(state.tree, state.loc, edit);
        const after = planModelRefs(currentModel(state), edit);
        return withDiffs({
          writes,
          declaredAdded,
          defaultModel: typeof after?.primary === 'string' ? after.primary : null,
          fallbacks: Array.isArray(after?.fallbacks) ? (after.fallbacks as string[]) : [],
        });
      },
      commit: (plan) => commitLocked(state.loc.path, plan.writes),
    };
  },
};

/** `agents.defaults.model` as read, rebuilt from the state so the outcome is known without re-reading. */
function currentModel(state: ModelsState): Record<string, unknown> | undefined {
  if (!state.primary && !state.fallbacks.length) return undefined;
  return { ...(state.primary ? { primary: state.primary } : {}), ...(state.fallbacks.length ? { fallbacks: state.fallbacks } : {}) };
}
