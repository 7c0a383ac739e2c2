import { parse } from 'yaml';
import { currentLang, makeT } from '@/lib/i18n/make-t';
import { PACK_LIMITS } from '@/lib/pack/limits';
import { importPrh, PRH_LIMITS, type PrhImportResult, type PrhLoader } from '@/lib/prh/import-prh';
import { prhMessages } from '@/lib/prh/messages';
import { prhFileSchema } from '@/lib/prh/prh-schema';
import { resolveRef } from '@/lib/prh/resolve-ref';

// prh files picked in the panel (one file, several, or a folder): each file is known by its path
// inside the folder, so `imports` resolve relative to it. The dictionaries imported by none of the
// others are the entry points.

export function pathOf(file: File): string {
  return (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name;
}

function importsOf(text: string): string[] {
  try {
    const parsed = prhFileSchema.safeParse(parse(text, { maxAliasCount: 100 }));
    const imports = parsed.success ? parsed.data.imports : undefined;
    const list = imports === undefined ? [] : Array.isArray(imports) ? imports : [imports];
    return list.map((i) => (typeof i === 'string' ? i : i.path));
  } catch {
    return []; // the importer reports the YAML error itself
  }
}

/** Sizes are known before reading: a huge file, or a folder of too many, is refused unread. */
function tooBig(files: File[]): string[] {
  const t = makeT(prhMessages, currentLang());
  const errors = files.filter((f) => f.size > PACK_LIMITS.fileBytes).map((f) => t('tooLarge', { file: pathOf(f), limit: PACK_LIMITS.fileBytes }));
  if (files.length > PRH_LIMITS.files) errors.push(t('tooManyFiles', { limit: PRH_LIMITS.files }));
  if (files.reduce((sum, f) => sum + f.size, 0) > PRH_LIMITS.totalBytes) errors.push(t('tooManyBytes', { limit: PRH_LIMITS.totalBytes }));
  return errors;
}

export async function importPrhFiles(files: File[]): Promise<PrhImportResult> {
  const yaml = files.filter((f) => /\.ya?ml$/i.test(f.name));
  const refused = tooBig(yaml);
  if (refused.length) return { ok: false, errors: refused };
  const texts = new Map<string, string>();
  for (const f of yaml) texts.set(pathOf(f), await f.text());
  const imported = new Set<string>();
  for (const [p, text] of texts) for (const ref of importsOf(text)) imported.add(resolveRef(p, ref));
  const roots = [...texts.keys()].filter((p) => !imported.has(p));
  const load: PrhLoader = async (ref) => {
    const text = texts.get(ref);
    if (text === undefined) throw new Error('not among the chosen files');
    return text;
  };
  const results = [];
  for (const root of roots.sort()) results.push(await importPrh(root, load));
  const errors = results.flatMap((r) => (r.ok ? [] : r.errors));
  if (errors.length || results.length === 0) return { ok: false, errors: errors.length ? errors : ['no .yml file'] };
  return { ok: true, ngWords: results.flatMap((r) => (r.ok ? r.ngWords : [])), files: results.flatMap((r) => (r.ok ? r.files : [])) };
}
