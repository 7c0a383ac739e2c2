import { makeT } from '../../lib/i18n/make-t';
import { parseArgs, type CliIO } from '../io';
import { readPack } from '../load-pack';

// `kizuki check-pack PACK.json [MORE.json…]`: checks packs before they are shared, as the side panel's
// import does. Each refusal and each warning (an unknown tone, a misspelt {{variable}}) is one line
// `file:line:column: $.path: message` on standard error. Exit 0 = every pack would be accepted
// (warnings or not), 1 = a pack would be refused, 2 = usage.

const USAGE = 'usage: kizuki check-pack PACK.json [MORE.json…]';
const t = makeT({
  en: { ok: '{file}: accepted ({id}; {n, plural, =0 {no warnings} one {# warning} other {# warnings}})' },
  ja: { ok: '{file}: 取り込めます（{id}、警告 {n} 件）' },
});

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { _: files } = parseArgs(argv);
  if (files.length === 0) {
    io.stderr(USAGE);
    return 2;
  }
  let refused = 0;
  for (const file of files) {
    const result = await readPack(file);
    if (result.ok) {
      result.warnings.forEach(io.stderr);
      const id = result.pack.packVersion ? `${result.pack.id} ${result.pack.packVersion}` : result.pack.id;
      io.stdout(t('ok', { file, id, n: result.warnings.length }));
    } else {
      refused++;
      result.lines.forEach(io.stderr);
    }
  }
  return refused > 0 ? 1 : 0;
}
