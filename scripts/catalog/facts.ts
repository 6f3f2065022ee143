/**
 * data/catalog/aisa-facts.json, typed, and the written criteria of the curated set checked against
 * the rows built from it: a curated id that no longer meets them fails the generation, so the set
 * is chosen again when AIsa's catalog moves instead of silently keeping a retired default.
 */
import { canChat } from '../../src/model-kind.js';
import type { CatalogModel } from '../../src/catalog/types.js';

interface Dated {
  asOf: string;
  source: string;
}

export interface AisaFacts {
  catalog: Dated & { file: string; pricesAsOf: string; pricesWhere: string };
  stale: Dated & { ids: Record<string, string> };
  successors: Dated & { ids: Record<string, string> };
  temperatureOne: Dated & { ids: string[] };
  noDeveloperRole: Dated & { providers: string[]; keepRegistryFor: string[] };
  registry: { package: string; providers: Record<string, string[]>; aliases: Record<string, string> };
  curated: { asOf: string; default: string; ids: string[]; criteria: string[]; defaultCriteria: string };
}

/** Why `m` fails the curated criteria (aisa-facts.json `curated.criteria`), or undefined. */
export function curatedFault(m: CatalogModel | undefined, id: string): string | undefined {
  if (!m) return `${id} is not in AIsa's catalog`;
  if (!m.listed) return `${id} is not in AIsa's newest catalog`;
  if (!canChat(m.kind) || !m.chatRoute) return `${id} is not a chat model on /v1/chat/completions`;
  if (!m.priceAsOf) return `${id} has no price AIsa published`;
  if (m.metadata !== 'registry') return `${id} has no registry metadata (${m.metadata})`;
  return undefined;
}

export function checkCurated(rows: readonly CatalogModel[], facts: AisaFacts): void {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const faults = facts.curated.ids.map((id) => curatedFault(byId.get(id), id)).filter(Boolean);
  if (!facts.curated.ids.includes(facts.curated.default)) faults.push(`the default ${facts.curated.default} is not curated`);
  for (const [from, to] of [...Object.entries(facts.stale.ids), ...Object.entries(facts.successors.ids)]) {
    const m = byId.get(to);
    if (!m?.listed || !canChat(m.kind)) faults.push(`${from} → ${to}: ${to} is not a listed chat model`);
  }
  if (faults.length) throw new Error(`aisa-facts.json no longer holds against the catalog:\n- ${faults.join('\n- ')}`);
}
