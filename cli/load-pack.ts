import { readFile, stat } from 'node:fs/promises';
import { currentLang } from '../lib/i18n/make-t';
import { formatPackErrors, formatPackWarnings } from '../lib/pack/format-errors';
import { PACK_LIMITS } from '../lib/pack/limits';
import type { Pack } from '../lib/pack/schema';
import { parsePack } from '../lib/pack/validate';
import type { CliIO } from './io';

/**
 * Reads and validates pack files the way the side panel's import does, so a team lead sees the same
 * refusal (file:line:column: $.path: problem) on the command line, and the same warnings (an unknown
 * tone or template variable) without refusing. Undefined when any is refused.
 */
export async function loadPacks(files: readonly string[], io: CliIO): Promise<Pack[] | undefined> {
  const packs: Pack[] = [];
  let ok = true;
  for (const file of files) {
    const result = await readPack(file);
    if (result.ok) {
      packs.push(result.pack);
      for (const line of result.warnings) io.stderr(line);
    } else {
      ok = false;
      for (const line of result.lines) io.stderr(line);
    }
  }
  return ok ? packs : undefined;
}

export async function readPack(file: string): Promise<{ ok: true; pack: Pack; warnings: string[] } | { ok: false; lines: string[] }> {
  try {
    // Refuse before reading: a huge file should not be loaded just to be refused.
    if ((await stat(file)).size > PACK_LIMITS.fileBytes) {
      const parsed = parsePack('x'.repeat(PACK_LIMITS.fileBytes + 1));
      return { ok: false, lines: parsed.ok ? [] : formatPackErrors(file, parsed.errors) };
    }
    const parsed = parsePack(await readFile(file, 'utf8'));
    return parsed.ok
      ? { ok: true, pack: parsed.pack, warnings: formatPackWarnings(file, parsed.warnings, currentLang()) }
      : { ok: false, lines: formatPackErrors(file, parsed.errors) };
  } catch (error) {
    return { ok: false, lines: [`${file}: ${(error as Error).message}`] };
  }
}
