import { keyShapeProblems } from '../../../../gateway/url.js';
import { t, listSep } from '../../../../i18n/index.js';
import { KEY_ENV_VAR, KEY_REFERENCE } from '../../provider.js';
import { secretRefText } from '../../../../provider-id.js';
import { maskKey } from '../../../../secret.js';
import { needProvider, providerField } from '../guards.js';
import { lookupVar } from '../../key-ref.js';
import type { Check } from '../check.js';

export const apiKeyPresent: Check = {
  id: 'api-key-present',
  async run(facts) {
    const m = t().doctor;
    const skip = needProvider(facts);
    if (skip) return skip;
    const where = await providerField(facts, 'apiKey');
    const { path, file } = where;
    const key = facts.key;
    const varSet = lookupVar(KEY_ENV_VAR, facts.input.env, facts.dotenv, facts.arrival.configEnv) !== undefined;
    switch (key.kind) {
      case 'missing':
        return { status: 'fail', message: m.keyMissing, ...where, fix: varSet ? m.setFix(file, path, KEY_REFERENCE) : m.keyMissingFix };
      case 'literal-name':
        return { status: 'fail', message: m.keyLiteralName(key.raw), ...where, fix: varSet ? m.setFix(file, path, KEY_REFERENCE) : `${m.editLine(file, path, KEY_REFERENCE)}\n${m.thenAddKeyToEnv(facts.envPath)}` };
      case 'reference': {
        // Named as the config writes it: the `${VAR}` string or the SecretRef object.
        const ref = key.form === 'string' ? `\${${key.name}}` : secretRefText(key.name);
        if (key.value === undefined) return { status: 'fail', message: m.keyVarUnset(ref, key.name, facts.envPath), ...where, fix: m.addKeyToEnvFix(facts.envPath) };
        const masked = maskKey(key.value.trim());
        // Two keys, and OpenClaw uses the environment's: worth a look, since .env is where onboard saves.
        if (key.shadowed) return { status: 'warn', message: m.keyShadowed(ref, masked, key.name, facts.envPath), ...where, fix: m.keyShadowedFix(key.name, facts.envPath) };
        const from = key.source === 'env' ? m.fromEnv(key.name) : key.source === 'config-env' ? t().arrivals.fromConfigEnv(configEnvPath(facts, key.name)) : m.fromEnvFile(facts.envPath);
        // OpenClaw 2026.6+'s own doctor calls the string form a plaintext credential: offer the SecretRef.
        if (key.form === 'string') return { status: 'warn', message: t().arrivals.keyStringRef(ref, masked, from), ...where, fix: t().arrivals.keyStringRefFix(file, path, secretRefText(key.name)) };
        return { status: 'pass', message: m.keyResolved(ref, masked, from), ...where };
      }
      case 'inline': {
        const problems = keyShapeProblems(key.value.trim());
        if (problems.length) return { status: 'fail', message: m.keyBadShape(maskKey(key.value.trim()), problems.join(listSep())), ...where, fix: m.keyBadShapeFix };
        return { status: 'warn', message: m.keyInline(maskKey(key.value.trim())), ...where, fix: m.keyInlineFix(facts.envPath) };
      }
      case 'secret-ref':
        return { status: 'pass', message: m.keySecretRef(key.source), ...where };
      default:
        return { status: 'fail', message: m.keyInvalidType, ...where, fix: m.setFix(file, path, KEY_REFERENCE) };
    }
  },
};

/** Where the config's env block holds the variable OpenClaw reads (env.vars wins over a direct one). */
function configEnvPath(facts: Parameters<Check['run']>[0], name: string): string {
  const entry = facts.arrival.envEntries.filter((e) => e.path[e.path.length - 1] === name).at(-1);
  return entry ? entry.path.join('.') : `env.vars.${name}`;
}
