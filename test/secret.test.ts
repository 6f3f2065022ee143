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

  it("masks the values of secret-named keys in a config diff, and nothing else", () => {
    const text = [
      '+      "botToken": "123456:AAEtelegramBotTokenValue",',
      '+    appSecret: \'feishu-app-secret-value\',',
      '         "token": "gw-token-4f1c"',
      '-        "password": "hunter2hunter2",',
      '+        "BRAVE_API_KEY": "brave-test-value",',
      '+        "key": "ak-profile0123456789",',
      '         "mode": "token",',
      '         "maxTokens": 8192,',
      '         "tokenFile": "/run/secrets/telegram",',
      '         "mainKey": "main",',
      '         "botToken": "${TELEGRAM_BOT_TOKEN}",',
      '         "baseUrl": "http://127.0.0.1:11434/v1",',
    ].join('\n');
    const out = maskSecretsInText(text);
    for (const secret of ['123456:AAEtelegramBotTokenValue', 'feishu-app-secret-value', 'gw-token-4f1c', 'hunter2hunter2', 'brave-test-value', 'ak-profile0123456789']) expect(out).not.toContain(secret);
    expect(out).toContain(`"botToken": "${maskKey('123456:AAEtelegramBotTokenValue')}"`);
    expect(out).toContain(`appSecret: '${maskKey('feishu-app-secret-value')}'`);
    for (const shown of ['"mode": "token"', '"maxTokens": 8192', '"tokenFile": "/run/secrets/telegram"', '"mainKey": "main"', '"botToken": "${TELEGRAM_BOT_TOKEN}"', '"baseUrl": "http://127.0.0.1:11434/v1"']) expect(out).toContain(shown);
  });

  it('a diff that replaces a key shows neither the old nor the new one', () => {
    const diff = unifiedDiff('/x/.env', `A=1\nAISA_API_KEY=${OLD}\n`, `A=1\nAISA_API_KEY=${NEW}\n`);
    expect(diff).not.toContain(OLD);
    expect(diff).not.toContain(NEW);
    expect(diff).toMatch(/^--- \/x\/\.env$/m);
  });
});
