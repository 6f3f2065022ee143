import { CATALOG, replacementFor, type EndpointTypes } from '../catalog.js';
import { refuseNonChat } from '../chat-only.js';
import { CliError, ExitCode } from '../errors.js';
import { t } from '../i18n/index.js';
import { AISA_ID as PROVIDER_ID } from '../provider-id.js';
import { closestIds } from '../suggest.js';
import { checkId, correctStaleIds } from './onboard-flags.js';

/** What an id may be chosen from: the key's live list, or offline the catalog and the declared ids. */
export interface IdPool {
  live: string[] | undefined;
  declared: string[];
  /** The gateway's word on what each live model serves, where it gave one. */
  endpointTypes?: EndpointTypes;
}

/**
 * A requested model as a bare id the key can use: prefix dropped, a stale id replaced (with a
 * note), anything else refused with exit 2 and the nearest ids, so a typo costs one more try.
 */
export function pickModelId(raw: string, pool: IdPool, warn: (s: string) => void, role: 'default' | 'fallback' = 'default'): string {
  const [id] = correctStaleIds([checkId('<id>', raw)], warn);
  const candidates = candidatesOf(pool);
  if (candidates.includes(id!)) {
    refuseNonChat(id!, role, pool.endpointTypes);
    return id!;
  }
  const m = t().models;
  const near = closestIds(id!, candidates);
  const message = pool.live ? m.notAvailable(id!) : m.notKnownOffline(id!);
  throw new CliError('model-unavailable', ExitCode.usage, message, near.length ? m.closest(near.join(', ')) : m.noneClose);
}

/**
 * A fallback as the reference to write: AIsa ids are checked like the default; `openai/gpt-4o`
 * and other providers' references are the user's business, kept as written with a note.
 */
export function pickFallbackRef(raw: string, pool: IdPool, warn: (s: string) => void): string {
  const trimmed = raw.trim();
  const other = trimmed.includes('/') && !trimmed.startsWith(`${PROVIDER_ID}/`) && !candidatesOf(pool).includes(trimmed);
  if (other) {
    warn(t().models.otherProvider(trimmed));
    return trimmed;
  }
  return `${PROVIDER_ID}/${pickModelId(trimmed, pool, warn, 'fallback')}`;
}

function candidatesOf(pool: IdPool): string[] {
  // Offline: the ids AIsa lists today (a retired one would only fail), and what the config declares.
  const ids = pool.live ?? [...CATALOG.filter((c) => c.listed).map((c) => c.id), ...pool.declared];
  // A stale id is never the answer: the gateway may still list it, but chat fails.
  return [...new Set(ids)].filter((id) => !replacementFor(id));
}
