import { describe, expect, it } from 'vitest';
import { readEnvText, setEnvVar } from '../../../src/targets/openclaw/envfile.js';

describe('.env editing', () => {
  it('creates a file with one line', () => {
    expect(setEnvVar(null, 'AISA_API_KEY', 'sk-abc')).toBe('AISA_API_KEY=sk-abc\n');
  });
  it('appends, keeping other lines and comments', () => {
    expect(setEnvVar('# mine\nOPENAI_API_KEY=x', 'AISA_API_KEY', 'sk-1')).toBe('# mine\nOPENAI_API_KEY=x\nAISA_API_KEY=sk-1\n');
  });
  it('replaces the last assignment in place, keeping export and CRLF', () => {
    const text = 'AISA_API_KEY=old\r\nA=1\r\nexport AISA_API_KEY="older"\r\nB=2\r\n';
    expect(setEnvVar(text, 'AISA_API_KEY', 'sk-new')).toBe('AISA_API_KEY=old\r\nA=1\r\nexport AISA_API_KEY=sk-new\r\nB=2\r\n');
  });
  it('does not touch a variable whose name merely starts the same', () => {
    expect(setEnvVar('AISA_API_KEY_OLD=1\n', 'AISA_API_KEY', 'k')).toBe('AISA_API_KEY_OLD=1\nAISA_API_KEY=k\n');
  });
  it('is idempotent', () => {
    const once = setEnvVar('A=1\n', 'AISA_API_KEY', 'k');
    expect(setEnvVar(once, 'AISA_API_KEY', 'k')).toBe(once);
  });
  it('reads values the way dotenv does', () => {
    expect(readEnvText('\uFEFFA=1\n# c\nAISA_API_KEY="sk-q"\n')).toEqual({ A: '1', AISA_API_KEY: 'sk-q' });
    expect(readEnvText(null)).toEqual({});
  });
});
