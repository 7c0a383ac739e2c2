import type { StoredPack } from '@/lib/db/records';
import type { Lang } from '@/lib/i18n/make-t';
import { storePacks } from '@/lib/pack/store';
import { parsePack, type PackError } from '@/lib/pack/validate';

/** What the panel's import does in two steps (preview, then apply), in one: validate, then store. */
export async function importPack(
  input: string | unknown,
  { source, lang }: { source: string; lang?: Lang },
): Promise<{ ok: true; stored: StoredPack } | { ok: false; errors: PackError[] }> {
  const parsed = parsePack(input, { lang });
  if (!parsed.ok) return parsed;
  const [stored] = await storePacks([parsed.pack], source);
  return { ok: true, stored: stored! };
}
