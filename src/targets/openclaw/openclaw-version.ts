/**
 * Which OpenClaw is on PATH, read from its package.json beside the resolved `openclaw` bin (npm's
 * global layout links bin/openclaw to lib/node_modules/openclaw/openclaw.mjs): no child process,
 * so onboard's last line can ask it for free. `openclaw --version` (2 s) is the plugin command's
 * fallback when the files do not say.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The plugin API this package's plugin needs (package.json openclaw.compat.pluginApi, kept equal by a test). */
export const PLUGIN_API_MIN = '2026.9.6';

/** The version of the `openclaw` package whose bin `bin` is, or undefined when no such package is found. */
export function openclawVersionOf(bin: string): string | undefined {
  let dir: string;
  try {
    dir = dirname(realpathSync(bin));
  } catch {
    return undefined;
  }
  for (let i = 0; i < 4 && dir !== dirname(dir); i++, dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === 'openclaw' && typeof pkg.version === 'string') return pkg.version;
      if (typeof pkg.name === 'string') return undefined; // another package's bin
    } catch {
      /* no package.json here: one level up */
    }
  }
  return undefined;
}

/** The version in `openclaw --version`'s answer ("OpenClaw 2026.9.6 (eb377ac)"). */
export function versionInAnswer(text: string): string | undefined {
  return /\b(\d{4}\.\d+\.\d+(?:[-.][0-9A-Za-z.]+)?)\b/.exec(text)?.[1];
}
