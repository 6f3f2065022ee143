// The clean-up after the plugin's uninstall, as text edits of the config: the default never points
// at a model nothing serves, other providers' settings and the user's comments stay.
import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { findLeftovers } from '../../../src/targets/openclaw/plugin-leftovers.js';

const after = (text: string) => JSON5.parse(findLeftovers('/c.json', text).write?.after ?? text);

describe('findLeftovers', () => {
  it('the first fallback of another provider becomes the default; aisa fallbacks and model entries go', () => {
    const text = `{ agents: { defaults: { model: { primary: "aisa/qwen3-max", fallbacks: ["aisa/kimi-k2.5", "openai/gpt-5", "anthropic/claude"] }, models: { "aisa/qwen3-max": {}, "openai/gpt-5": { alias: "g" } } } } }`;
    const found = findLeftovers('/c.json', text);
    expect(found).toMatchObject({ providerBlock: false, turnsWork: false, primary: 'aisa/qwen3-max', primaryAfter: 'openai/gpt-5' });
    expect(after(text).agents.defaults).toEqual({ model: { primary: 'openai/gpt-5', fallbacks: ['anthropic/claude'] }, models: { 'openai/gpt-5': { alias: 'g' } } });
  });

  it('a string default of aisa is removed; one of another provider is left, and turns work', () => {
    expect(after(`{ agents: { defaults: { model: "aisa/qwen3-max" } } }`)).toEqual({ agents: { defaults: {} } });
    const other = findLeftovers('/c.json', `{ agents: { defaults: { model: "openai/gpt-5" } }, auth: { profiles: { "aisa:default": { provider: "aisa", mode: "api_key" } }, order: { aisa: ["aisa:default"] } } }`);
    expect(other).toMatchObject({ turnsWork: true, primaryAfter: 'openai/gpt-5', authProfiles: ['aisa:default'] });
    expect(JSON5.parse(other.write!.after)).toEqual({ agents: { defaults: { model: 'openai/gpt-5' } }, auth: { profiles: {}, order: {} } });
  });

  it('with a provider block: the aisa default, profiles and models stay; only the plugin entry goes', () => {
    const text = `{
  // mine
  models: { providers: { aisa: { baseUrl: "https://api.aisa.one/v1", models: [] } } },
  auth: { profiles: { "aisa:default": { provider: "aisa", mode: "api_key" } } },
  plugins: { entries: { aisa: { enabled: false } } },
  agents: { defaults: { model: { primary: "aisa/qwen3-max" } } },
}`;
    const found = findLeftovers('/c.json', text);
    expect(found).toMatchObject({ providerBlock: true, pluginEntry: true, turnsWork: true, primaryAfter: 'aisa/qwen3-max' });
    expect(found.write!.after).toContain('// mine');
    expect(found.write!.after).toContain('"aisa:default"');
    expect(JSON5.parse(found.write!.after).plugins).toEqual({ entries: {} });
  });

  it('nothing to clean: no write; no file: nothing at all', () => {
    expect(findLeftovers('/c.json', `{ agents: { defaults: { model: "openai/gpt-5" } } }`).write).toBeUndefined();
    expect(findLeftovers('/c.json', null)).toEqual({ providerBlock: false, pluginEntry: false, authProfiles: [], turnsWork: true });
  });
});
