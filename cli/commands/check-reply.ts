import type { Pack } from '../../lib/pack/schema';
import { checkDraft } from '../../lib/reply/check-draft';
import { fillTemplate } from '../../lib/reply/fill-template';
import { parseArgs, type CliIO } from '../io';
import { loadPacks } from '../load-pack';

// `kizuki check-reply --pack PACK.json --tone formal [--text "…"] [--template ID --name … --handle …]`
// Prints {"weightedLength": n, "issues": [...]}; the draft comes from standard input without --text.
// Several --pack options act like several active packs (their NG words add up; the first pack with
// the --template id wins). Messages follow LANG unless --lang says otherwise.
// Exit 0 when the draft was checked (issues or not), 1 on a bad pack, 2 on bad usage.

const USAGE =
  'usage: kizuki check-reply --pack PACK.json [--pack MORE.json…] [--tone formal] [--text "…"] [--lang ja|en]\n' +
  '       [--template ID --name … --handle … --product … --operator …]';


async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
  // `echo "…" |` adds one line break nobody means as part of the reply.
  return text.replace(/\r?\n$/, '');
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : typeof v === 'string' ? [v] : []);


function templateFor(packs: Pack[], id: string, args: ReturnType<typeof parseArgs>): string | undefined {
  const found = packs.flatMap((p) => p.templates ?? []).find((t) => t.id === id);
  if (!found) return undefined;
  const vars = { name: str(args.name), handle: str(args.handle), product: str(args.product), operator: str(args.operator) };
  return fillTemplate(found.text, vars).text;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv);
  const files = strs(args.pack);
  const lang = str(args.lang);
  if (args.help || files.length === 0 || (lang !== undefined && lang !== 'ja' && lang !== 'en')) {
    io.stderr(USAGE);
    return 2;
  }
  const packs = await loadPacks(files, io);
  if (!packs) return 1;
  const templateId = str(args.template);
  const template = templateId ? templateFor(packs, templateId, args) : undefined;
  if (templateId && template === undefined) {
    io.stderr(`no template "${templateId}" in ${files.join(', ')}`);
    return 2;
  }
  const draft = str(args.text) ?? (await readAll(io.stdin));
  const ngWords = packs.flatMap((p) => p.ngWords ?? []);
  const report = checkDraft(draft, { tone: str(args.tone) ?? 'formal', ngWords, template, lang });
  const issues = report.findings.map(({ code, severity, start, end, message, suggest }) => ({
    code, severity, start, end, message, suggest: suggest ?? null,
  }));
  io.stdout(JSON.stringify({ weightedLength: report.weightedLength, issues }));
  return 0;
}
