// schema-compat for PicoClaw: would its loader start with this file? (loader-rules.ts has the rules.)
import { t, listSep } from '../../i18n/index.js';
import { loaderProblems, type LoaderProblem } from './loader-rules.js';
import { fixCmd, ok, skipNoConfig, type PicoCheck } from './doctor-shared.js';

const SHOWN = 4;

export const schemaCompat: PicoCheck = {
  id: 'schema-compat',
  async run(f) {
    const skip = skipNoConfig(f);
    if (skip) return skip;
    const m = t().picoclaw;
    const { cfg, pico } = ok(f);
    const problems = loaderProblems(cfg.value);
    if (problems.length === 0) return { status: 'pass', message: m.loaderOk(pico.version), file: f.loc.path };
    const first = problems[0]!;
    const fix = first.kind === 'unknown' ? m.loaderUnknownFix(f.loc.path, unknownList(problems)) : fixFor(first, f.loc.path, fixCmd());
    const message = first.kind === 'unknown' ? m.loaderUnknown(unknownList(problems)) : messageOf(first, f.loc.path);
    // PicoClaw stops at the first problem; the user should see them all at once.
    const details = problems.length > 1 ? { details: problems.map((p) => messageOf(p, f.loc.path)) } : {};
    return { status: 'fail', message, path: first.path, file: f.loc.path, fix, ...details };
  },
};

function messageOf(p: LoaderProblem, file: string): string {
  const m = t().picoclaw;
  if (p.kind === 'version') return m.versionUnsupported(file, p.value);
  if (p.kind === 'legacy-model') return p.object ? m.loaderLegacyObject : m.loaderLegacyV3;
  if (p.kind === 'type') return m.loaderType(p.path, m.typeNames[p.expected] ?? p.expected);
  return m.loaderUnknown(p.path);
}

function fixFor(p: LoaderProblem, file: string, doctorFix: string): string {
  const m = t().picoclaw;
  if (p.kind === 'version') return m.versionUnsupportedFix;
  if (p.kind === 'legacy-model') return m.loaderLegacyFix(doctorFix);
  return p.kind === 'type' ? m.loaderTypeFix(file, p.path, m.typeNames[p.expected] ?? p.expected) : m.loaderUnknownFix(file, p.path);
}

function unknownList(problems: LoaderProblem[]): string {
  const unknown = problems.flatMap((p) => (p.kind === 'unknown' ? [p.path] : []));
  return unknown.slice(0, SHOWN).join(listSep()) + (unknown.length > SHOWN ? ` ${t().picoclaw.loaderMore(unknown.length - SHOWN)}` : '');
}
