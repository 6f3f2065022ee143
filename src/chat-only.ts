import { bareId, kindOf, NO_VERIFIED_SUCCESSOR, type EndpointTypes } from './catalog.js';
import { CliError, ExitCode } from './errors.js';
import { t } from './i18n/index.js';
import { canChat } from './model-kind.js';

/**
 * The one gate for "can this be an agent's default or fallback" (every target calls it): an
 * AIsa id that is a translation, image, embedding, speech… model, or one AIsa serves on
 * /v1/messages only (our block speaks /v1/chat/completions), is refused with exit 2 and the
 * reason. Another provider's reference (`openai/gpt-4o`) is not ours to judge.
 */
export function refuseNonChat(id: string, role: 'default' | 'fallback', endpointTypes: EndpointTypes = {}, providerId = 'aisa'): void {
  if (id.includes('/') && !id.startsWith(`${providerId}/`)) return;
  const bare = bareId(id, providerId);
  const kind = kindOf(bare, endpointTypes[bare]);
  if (canChat(kind)) return;
  const k = t().kinds;
  throw new CliError('model-cannot-chat', ExitCode.usage, k.cannotChat(bare, kind, role), k.cannotChatFix);
}

/** The reason a stale id went to a stand-in rather than a verified successor, or undefined. */
export function standInNote(from: string, to: string): string | undefined {
  return NO_VERIFIED_SUCCESSOR.has(from) ? t().kinds.standIn(from, to) : undefined;
}
