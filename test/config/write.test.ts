import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chmod, lstat, mkdir, mkdtemp, readFile, rm, stat, symlink, truncate, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CliError } from '../../src/errors.js';
import { messagesFor, setLang } from '../../src/i18n/index.js';
import { commitWrites, lockPathFor, readTextFile, withConfigLock } from '../../src/config/write.js';

// Lets one test make creating the temp file fail as a read-only directory would: as root (CI
// containers) permission bits do not stop writes, so chmod alone cannot produce EACCES there.
const fault = vi.hoisted(() => ({ tempOpen: null as string | null, match: '.aisa-tmp-' }));
vi.mock('../../src/config/fs-async.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/config/fs-async.js')>();
  const open = ((path: Parameters<typeof real.open>[0], ...rest: unknown[]) => {
    if (fault.tempOpen && String(path).includes(fault.match)) {
      return Promise.reject(Object.assign(new Error(`${fault.tempOpen}: simulated`), { code: fault.tempOpen }));
    }
    return (real.open as (...a: unknown[]) => ReturnType<typeof real.open>)(path, ...rest);
  }) as typeof real.open;
  return { ...real, open };
});

const isRoot = process.getuid?.() === 0;
let dir: string;
let file: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aisa-write-'));
  file = join(dir, 'openclaw.json');
  setLang('en');
  fault.tempOpen = null;
  fault.match = '.aisa-tmp-';
});
afterEach(async () => {
  await chmod(dir, 0o700).catch(() => {});
  await rm(dir, { recursive: true, force: true });
});

const mode = async (p: string) => (await stat(p)).mode & 0o777;

async function rejection(p: Promise<unknown>): Promise<CliError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(CliError);
  expect((e as CliError).exitCode).toBe(3);
  return e as CliError;
}

describe('readTextFile', () => {
  it('returns null for a missing file and keeps a BOM and CRLF', async () => {
    expect(await readTextFile(file)).toBeNull();
    await writeFile(file, '\uFEFF{\r\n  a: 1,\r\n}\r\n');
    expect(await readTextFile(file)).toBe('\uFEFF{\r\n  a: 1,\r\n}\r\n');
  });

  it('refuses a directory, a symlink (naming its target), a huge file and non-UTF-8 bytes', async () => {
    await mkdir(file);
    expect((await rejection(readTextFile(file))).kind).toBe('config-is-directory');
    await rm(file, { recursive: true });

    const real = join(dir, 'real.json');
    await writeFile(real, '{}');
    await symlink(real, file);
    const e = await rejection(readTextFile(file));
    expect(e.kind).toBe('config-symlink');
    expect(e.message).toContain(real);
    expect(e.fix).toContain(`--config ${real}`);
    // Read-only diagnosis (doctor) may read through it, and only by asking explicitly.
    expect(await readTextFile(file, { followSymlink: true })).toBe('{}');
    await rm(file);

    await writeFile(file, '');
    await truncate(file, 5 * 1024 * 1024 + 1);
    expect((await rejection(readTextFile(file))).kind).toBe('config-too-large');

    await writeFile(file, Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    expect((await rejection(readTextFile(file))).kind).toBe('config-not-utf8');
  });

  it('refuses a path under a file', async () => {
    await writeFile(join(dir, 'plain'), 'x');
    expect((await rejection(readTextFile(join(dir, 'plain', 'openclaw.json')))).kind).toBe('config-parent-not-dir');
  });

  it.skipIf(isRoot)('refuses an unreadable file (not as root: root reads mode 000 files)', async () => {
    await writeFile(file, '{}', { mode: 0o000 });
    expect((await rejection(readTextFile(file))).kind).toBe('config-unreadable');
  });
});

describe('commitWrites', () => {
  it('creates a missing directory 0700 and a new file 0600', async () => {
    const nested = join(dir, 'state', '.openclaw', 'openclaw.json');
    const [r] = await commitWrites([{ path: nested, before: null, after: '{ a: 1 }\n' }]);
    expect(r).toEqual({ path: nested, changed: true, backupPath: null });
    expect(await readFile(nested, 'utf8')).toBe('{ a: 1 }\n');
    expect(await mode(nested)).toBe(0o600);
    expect(await mode(join(dir, 'state', '.openclaw'))).toBe(0o700);
    expect(await mode(join(dir, 'state'))).toBe(0o700);
  });

  it.each([
    ['644', false, '600'],
    ['640', false, '600'],
    ['600', false, '600'],
    ['400', false, '400'],
    ['700', false, '600'],
    ['604', false, '600'],
    ['644', true, '600'],
    ['400', true, '600'],
  ])('existing mode %s (secret %s) becomes %s', async (existing, secret, expected) => {
    await writeFile(file, 'old');
    await chmod(file, parseInt(existing, 8));
    await commitWrites([{ path: file, before: 'old', after: 'new', secret }]);
    expect((await mode(file)).toString(8)).toBe(expected);
    expect(await readFile(file, 'utf8')).toBe('new');
  });

  it('rotates backups .bak → .bak.1 … .bak.4, drops the oldest, all 0600', async () => {
    let before: string | null = null;
    for (let v = 1; v <= 7; v++) {
      const after = `version ${v}`;
      const [r] = await commitWrites([{ path: file, before, after }]);
      expect(r?.backupPath).toBe(v === 1 ? null : `${file}.bak`);
      before = after;
      if (v === 3) await chmod(`${file}.bak`, 0o644); // as an older tool might have left it
    }
    expect(await readFile(file, 'utf8')).toBe('version 7');
    const expected = { '.bak': 6, '.bak.1': 5, '.bak.2': 4, '.bak.3': 3, '.bak.4': 2 };
    for (const [suffix, v] of Object.entries(expected)) {
      expect(await readFile(file + suffix, 'utf8')).toBe(`version ${v}`);
      expect(await mode(file + suffix)).toBe(0o600);
    }
    expect(existsSync(`${file}.bak.5`)).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['openclaw.json', ...Object.keys(expected).map((s) => `openclaw.json${s}`)].sort());
  });

  it('does nothing when the content is unchanged: no write, no backup', async () => {
    await writeFile(file, '{ a: 1 }\n');
    await chmod(file, 0o644);
    const old = new Date('2020-01-01T00:00:00Z');
    await utimes(file, old, old);
    const before = await stat(file);
    const [r] = await commitWrites([{ path: file, before: '{ a: 1 }\n', after: '{ a: 1 }\n' }]);
    expect(r).toEqual({ path: file, changed: false, backupPath: null });
    const after = await stat(file);
    expect([after.ino, after.mtimeMs, after.mode]).toEqual([before.ino, before.mtimeMs, before.mode]);
    expect(readdirSync(dir)).toEqual(['openclaw.json']);
  });

  it('refuses when the file changed on disk since it was read, and writes none of the files', async () => {
    const other = join(dir, '.env');
    await writeFile(file, 'edited by someone else');
    const e = await rejection(
      commitWrites([
        { path: other, before: null, after: 'AISA_API_KEY=sk-1\n', secret: true },
        { path: file, before: 'what we read', after: 'ours' },
      ]),
    );
    expect(e.kind).toBe('config-changed');
    expect(await readFile(file, 'utf8')).toBe('edited by someone else');
    expect(readdirSync(dir)).toEqual(['openclaw.json']);
    // A file that appeared since we saw none counts as a change too.
    expect((await rejection(commitWrites([{ path: file, before: null, after: 'x' }]))).kind).toBe('config-changed');
  });

  it('refuses a directory where the file should be, leaving it untouched', async () => {
    await mkdir(file);
    await writeFile(join(file, 'inside'), 'keep');
    expect((await rejection(commitWrites([{ path: file, before: null, after: '{}' }]))).kind).toBe('config-is-directory');
    expect(await readFile(join(file, 'inside'), 'utf8')).toBe('keep');
  });

  it('refuses a symlinked config, naming the target, and leaves link and target alone', async () => {
    const real = join(dir, 'real.json');
    await writeFile(real, '{}');
    await symlink(real, file);
    const e = await rejection(commitWrites([{ path: file, before: '{}', after: '{ a: 1 }' }]));
    expect(e.kind).toBe('config-symlink');
    expect(e.message).toContain(real);
    expect((await lstat(file)).isSymbolicLink()).toBe(true);
    expect(await readFile(real, 'utf8')).toBe('{}');
  });

  it('refuses a path under a file', async () => {
    await writeFile(join(dir, 'plain'), 'x');
    const target = join(dir, 'plain', 'openclaw.json');
    expect((await rejection(commitWrites([{ path: target, before: null, after: '{}' }]))).kind).toBe('config-parent-not-dir');
  });

  it.skipIf(isRoot)('refuses a read-only directory, original untouched (not as root: the next test simulates it)', async () => {
    await writeFile(file, 'old');
    await chmod(dir, 0o500);
    const e = await rejection(commitWrites([{ path: file, before: 'old', after: 'new' }]));
    expect(['config-not-writable', 'config-backup-failed']).toContain(e.kind);
    await chmod(dir, 0o700);
    expect(await readFile(file, 'utf8')).toBe('old');
  });

  it.each(['EACCES', 'EROFS'])('a directory that refuses new files (%s) gives exit 3, original untouched', async (code) => {
    await writeFile(file, 'old');
    fault.tempOpen = code;
    const e = await rejection(commitWrites([{ path: file, before: 'old', after: 'new' }]));
    expect(['config-not-writable', 'config-backup-failed']).toContain(e.kind);
    expect(e.message).toContain(code);
    expect(await readFile(file, 'utf8')).toBe('old');
    expect(readdirSync(dir).filter((n) => n.includes('aisa-tmp'))).toEqual([]);
  });

  it('reports another write failure (ENOSPC) with the backup to restore, original untouched', async () => {
    await writeFile(file, 'old');
    fault.tempOpen = 'ENOSPC';
    fault.match = '.openclaw.json.aisa-tmp-'; // the backup goes through, the main file does not
    const e = await rejection(commitWrites([{ path: file, before: 'old', after: 'new' }]));
    expect(e.kind).toBe('config-write-failed');
    expect(e.fix).toContain(`${file}.bak`);
    expect(await readFile(file, 'utf8')).toBe('old');
    expect(await readFile(`${file}.bak`, 'utf8')).toBe('old');
  });

  it('keeps BOM, CRLF and non-ASCII bytes exactly', async () => {
    const text = '\uFEFF// 注释\r\n{ name: "Qwen 千问", }\r\n';
    await commitWrites([{ path: file, before: null, after: text }]);
    expect(await readFile(file)).toEqual(Buffer.from(text, 'utf8'));
  });

  it('removes temp files left by a killed run, not those of live processes', async () => {
    const dead = await deadPid();
    await writeFile(join(dir, `.openclaw.json.aisa-tmp-${dead}-abcd1234`), 'partial');
    await writeFile(join(dir, `.openclaw.json.aisa-tmp-${process.pid}-abcd1234`), 'ours');
    await commitWrites([{ path: file, before: null, after: '{}' }]);
    expect(readdirSync(dir).sort()).toEqual([`.openclaw.json.aisa-tmp-${process.pid}-abcd1234`, 'openclaw.json']);
  });
});

describe('withConfigLock', () => {
  const payload = (extra: Record<string, unknown>) => JSON.stringify({ createdAt: new Date().toISOString(), ...extra });

  it('holds <config>.lock (OpenClaw-compatible payload) while fn runs and removes it after', async () => {
    const lock = lockPathFor(file);
    const seen = await withConfigLock(file, async () => JSON.parse(await readFile(lock, 'utf8')) as Record<string, unknown>);
    expect(seen).toMatchObject({ pid: process.pid, tool: 'aisa-setup' });
    expect(typeof seen.createdAt).toBe('string');
    expect(existsSync(lock)).toBe(false);
  });

  it('releases the lock when fn throws, and is reentrant', async () => {
    await expect(withConfigLock(file, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(existsSync(lockPathFor(file))).toBe(false);
    const inner = await withConfigLock(file, () => withConfigLock(file, async () => 42, { waitMs: 100 }));
    expect(inner).toBe(42);
  });

  it('creates the missing config directory 0700 for its lock', async () => {
    const nested = join(dir, 'new', 'openclaw.json');
    await withConfigLock(nested, async () => undefined);
    expect(await mode(join(dir, 'new'))).toBe(0o700);
  });

  it('waits, then fails with exit 3 when another aisa-setup process holds it', async () => {
    const holder = await holdLock(lockPathFor(file), { tool: 'aisa-setup' });
    try {
      const started = Date.now();
      let ran = false;
      const e = await rejection(withConfigLock(file, async () => void (ran = true), { waitMs: 600 }));
      expect(Date.now() - started).toBeGreaterThanOrEqual(550);
      expect(ran).toBe(false);
      expect(e.kind).toBe('config-locked');
      expect(e.message).toContain('Another aisa-setup run');
      expect(e.message).toContain(`pid ${holder.pid}`);
      expect(e.fix).toContain(lockPathFor(file));
      expect(existsSync(lockPathFor(file))).toBe(true);
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('names another program when the holder is not aisa-setup (OpenClaw), in Chinese too', async () => {
    const holder = await holdLock(lockPathFor(file), {});
    try {
      setLang('zh-CN');
      const e = await rejection(withConfigLock(file, async () => undefined, { waitMs: 200 }));
      expect(e.message).toContain('OpenClaw');
      expect(e.message).toContain('另一个程序');
      expect(e.fix).toContain(lockPathFor(file));
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('takes over the lock of a dead process at once', async () => {
    await writeFile(lockPathFor(file), payload({ pid: await deadPid(), tool: 'aisa-setup' }));
    const started = Date.now();
    expect(await withConfigLock(file, async () => 'ok', { waitMs: 3000 })).toBe('ok');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(existsSync(lockPathFor(file))).toBe(false);
  });

  it.each([
    ['an ownerless lock older than 30 s', JSON.stringify({ createdAt: new Date(Date.now() - 60_000).toISOString() }), 0],
    ['a live pid that has held it for over 10 minutes', JSON.stringify({ pid: process.ppid, createdAt: new Date(Date.now() - 11 * 60_000).toISOString() }), 0],
    ['an empty lock file (its creator died before writing)', '', 5],
  ])('takes over %s', async (_name, content, ageSeconds) => {
    const lock = lockPathFor(file);
    await writeFile(lock, content);
    if (ageSeconds) await utimes(lock, new Date(Date.now() - ageSeconds * 1000), new Date(Date.now() - ageSeconds * 1000));
    expect(await withConfigLock(file, async () => 'ok', { waitMs: 1000 })).toBe('ok');
  });

  it('does not take over a fresh ownerless lock', async () => {
    await writeFile(lockPathFor(file), payload({}));
    expect((await rejection(withConfigLock(file, async () => undefined, { waitMs: 150 }))).kind).toBe('config-locked');
  });

  it('fails clearly when the lock cannot be created', async () => {
    await writeFile(join(dir, 'plain'), 'x');
    expect((await rejection(withConfigLock(join(dir, 'plain', 'openclaw.json'), async () => undefined))).kind).toBe('config-parent-not-dir');
  });
});

describe('messages', () => {
  it('every write message exists in English and Chinese and differs between them', () => {
    const en = messagesFor('en').write as Record<string, unknown>;
    const zh = messagesFor('zh-CN').write as Record<string, unknown>;
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      const args = key === 'reason' ? ['EACCES'] : ['/x/openclaw.json', 42, '2026-01-01'];
      const call = (v: unknown) => (typeof v === 'function' ? String((v as (...a: unknown[]) => unknown)(...args)) : String(v));
      expect(call(en[key]), key).not.toBe('');
      expect(call(zh[key]), key).not.toBe(call(en[key]));
    }
  });
});

function deadPid(): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', '']);
    child.on('error', reject);
    child.on('exit', () => resolve(child.pid!));
  });
}

/** Another process holding the lock: writes the lock file with its own pid, then sleeps. */
function holdLock(lockPath: string, extra: Record<string, unknown>) {
  const script = `require('fs').writeFileSync(${JSON.stringify(lockPath)}, JSON.stringify({ pid: process.pid, createdAt: new Date().toISOString(), ...${JSON.stringify(extra)} })); console.log('ready'); setTimeout(() => {}, 60000);`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise<typeof child>((resolve, reject) => {
    child.on('error', reject);
    child.stdout.once('data', () => resolve(child));
  });
}
