import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, type CliIO } from '../io';
import { loadPacks } from '../load-pack';
import { packToJson } from '../../lib/pack/export';
import { formatPackErrors } from '../../lib/pack/format-errors';
import { PACK_LIMITS } from '../../lib/pack/limits';
import { parsePack } from '../../lib/pack/validate';
import { addNgWordsToPack } from '../../lib/prh/add-to-pack';
import { importPrh, type PrhLoader } from '../../lib/prh/import-prh';

// `kizuki prh-import --pack PACK.json --prh FILE.yml`: the pack with the prh dictionary's rules added
// as NG words, on standard output — the same import as the side panel's (specs run, patterns checked
// for the linear-time engine, imports followed relative to the file), so a lead can keep dictionaries
// in a repository and build packs in CI. Refused input: each problem on standard error (naming the
// file and rule, or the line), nothing on standard output, exit 1. Usage: exit 2.

const USAGE = 'usage: kizuki prh-import --pack PACK.json --prh FILE.yml   (writes the pack with the rules added to standard output)';

/** Reads files beside the dictionary; a file's size is checked before it is read. */
function loaderFrom(dir: string): PrhLoader {
  return async (ref) => {
    const file = path.join(dir, ref);
    if ((await stat(file)).size > PACK_LIMITS.fileBytes) throw new Error(`larger than ${PACK_LIMITS.fileBytes} bytes`);
    return readFile(file, 'utf8');
  };
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args.pack !== 'string' || typeof args.prh !== 'string' || args._.length) {
    io.stderr(USAGE);
    return 2;
  }
  const packs = await loadPacks([args.pack], io);
  if (!packs) return 1;
  const entry = path.basename(args.prh);
  const result = await importPrh(entry, loaderFrom(path.dirname(args.prh)), { lang: 'en' });
  if (!result.ok) {
    for (const e of result.errors) io.stderr(`${args.prh}: ${e}`);
    return 1;
  }
  const json = packToJson(addNgWordsToPack(packs[0]!, result.ngWords));
  // The result must be a pack the panel accepts (totals, limits), or nothing is written.
  const checked = parsePack(json);
  if (!checked.ok) {
    for (const line of formatPackErrors('(pack with the prh rules added)', checked.errors)) io.stderr(line);
    return 1;
  }
  io.stdout(json.trimEnd());
  return 0;
}
