import { bareId, type EndpointTypes } from '../catalog.js';
import type { ModelList } from './client.js';

/** A /models answer as the model commands use it: bare ids, and what each serves where the gateway said. */
export function liveView(res: ModelList, providerId = 'aisa'): { ids: string[]; endpointTypes: EndpointTypes } {
  const endpointTypes: Record<string, readonly string[]> = {};
  for (const m of res.models) if (m.supported_endpoint_types) endpointTypes[bareId(m.id, providerId)] = m.supported_endpoint_types;
  return { ids: [...new Set(res.ids.map((id) => bareId(id, providerId)))], endpointTypes };
}
