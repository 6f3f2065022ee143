import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../src/diff.js';
import { maskKey, maskSecretsInText } from '../src/secret.js';

const OLD = 'sk-oldOld0123456789abcdefWXYZ';
const NEW = 'sk-newNew0123456789abcdefABCD';

describe('masking', () => {
  it('shows first 3 and last 4, nothing of a short string', () => {
    expect(maskKey(OLD)).toBe('sk-…WXYZ');
    expect(maskKey('short')).toBe('****');
  });

  it('masks secret-looking values it was never told about', () => {
    const text = [
      `-AISA_API_KEY=${OLD}`,
      `+AISA_API_KEY=${NEW}`,
      ' OPENAI_API_KEY=abc123secretvalue99',
      ' export GH_TOKEN="ghp_0123456789abcdef"',
      ' PLAIN=visible-value',
      `-        "apiKey": "${OLD}",`,
      "+        apiKey: 'my-company-key-123456',",
      '         "apiKey": "${AISA_API_KEY}",',
    ].join('\n');
    const out = maskSecretsInText(text);
    for (const secret of [OLD, NEW, 'abc123secretvalue99', 'ghp_0123456789abcdef', 'my-company-key-123456']) expect(out).not.toContain(secret);
    expect(out).toContain('PLAIN=visible-value');
    expect(maskSecretsInText('-  apiKey: "AISA_API_KEY",')).toBe('-  apiKey: "AISA_API_KEY",');
    expect(out).toContain('"apiKey": "${AISA_API_KEY}"');
    expect(out).toContain(`-AISA_API_KEY=${maskKey(OLD)}`);
  });

  it('a diff that replaces a key shows neither the old nor the new one', () => {
    const diff = unifiedDiff('/x/.env', `A=1\nAISA_API_KEY=${OLD}\n`, `A=1\nAISA_API_KEY=${NEW}\n`);
    expect(diff).not.toContain(OLD);
    expect(diff).not.toContain(NEW);
    expect(diff).toMatch(/^--- \/x\/\.env$/m);
  });
});
