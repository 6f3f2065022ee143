/** Readable names for model ids (used where no registry name is known, and for live ids we never saw). */

/** `aisa/qwen3-max` → `qwen3-max`; a bare id is returned as is. */
export function bareId(id: string, providerId = 'aisa'): string {
  const prefix = `${providerId}/`;
  return id.startsWith(prefix) ? id.slice(prefix.length) : id;
}

const WORDS: Record<string, string> = {
  qwen: 'Qwen', deepseek: 'DeepSeek', kimi: 'Kimi', moonshot: 'Moonshot', glm: 'GLM', gpt: 'GPT', claude: 'Claude',
  gemini: 'Gemini', grok: 'Grok', doubao: 'Doubao', vl: 'VL', mt: 'MT', wan: 'Wan', llama: 'Llama', mini: 'Mini',
  minimax: 'MiniMax', mimo: 'MiMo', seed: 'Seed', step: 'Step', hy: 'HY',
};

/** `deepseek-v3.1` → `DeepSeek V3.1`, `qwen3-max` → `Qwen3 Max`, `gpt-4.1` → `GPT 4.1`, `…-2025-12-01` kept as a date. */
export function displayName(id: string): string {
  const words = bareId(id)
    .replace(/(\d{4})-(\d{2})-(\d{2})/g, '$1\u2010$2\u2010$3')
    .replace(/(?<=-|^)(\d)-(\d)(?=-|$)/g, '$1.$2') // claude-sonnet-4-5 → 4.5
    .split(/[-_\s]+/)
    .filter(Boolean);
  return words
    .map((w) => {
      const lower = w.toLowerCase();
      const brand = Object.keys(WORDS).find((b) => lower === b || new RegExp(`^${b}\\d[\\d.]*$`).test(lower));
      if (brand) return WORDS[brand]! + lower.slice(brand.length);
      if (/^[a-z]\d[\d.]*[a-z]?$/i.test(w) || /^\d+(\.\d+)?[bk]$/i.test(w)) return w.toUpperCase(); // v3.1, k2, r1, 32b, 128k
      return /^\d/.test(w) ? w : w[0]!.toUpperCase() + w.slice(1);
    })
    .join(' ')
    .replace(/\u2010/g, '-');
}
