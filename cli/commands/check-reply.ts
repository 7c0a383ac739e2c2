import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { packSchema, type Pack } from '../../lib/pack/schema';
import { checkDraft } from '../../lib/reply/check-draft';
import { fillTemplate } from '../../lib/reply/fill-template';
import { parseArgs, type CliIO } from '../io';

// `kizuki check-reply --pack PACK.json --tone formal [--text "…"] [--template ID --name … --handle …]`
// Prints {"weightedLength": n, "issues": [...]}; the draft comes from standard input without --text.
// Exit 0 when the draft was checked (issues or not), 1 on a bad pack, 2 on bad usage.

const USAGE = 'usage: kizuki check-reply --pack PACK.json [--tone formal] [--text "…"] [--template ID --name … --handle … --product … --operator …]';

/** "templates[0].category: Invalid option…", so a team lead knows which field to fix. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  );
  return `${where || '(pack)'}: ${issue.message}`;
}

async function loadPack(file: string): Promise<{ pack?: Pack; errors: string[] }> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    return { errors: [`${file}: ${(e as Error).message}`] };
  }
  const parsed = packSchema.safeParse(json);
  return parsed.success ? { pack: parsed.data, errors: [] } : { errors: parsed.error.issues.map(describeIssue) };
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
  // `echo "…" |` adds one line break nobody means as part of the reply.
  return text.replace(/\r?\n$/, '');
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv);
  const packFile = str(args.pack);
  if (args.help || !packFile) {
    io.stderr(USAGE);
    return 2;
  }
  const { pack, errors } = await loadPack(packFile);
  if (!pack) {
    for (const e of errors) io.stderr(`invalid pack ${packFile}: ${e}`);
    return 1;
  }
  const tone = str(args.tone) ?? 'formal';
  const draft = str(args.text) ?? (await readAll(io.stdin));
  let template: string | undefined;
  const templateId = str(args.template);
  if (templateId) {
    const found = pack.templates?.find((t) => t.id === templateId);
    if (!found) {
      io.stderr(`no template "${templateId}" in pack ${pack.id}`);
      return 2;
    }
    const vars = { name: str(args.name), handle: str(args.handle), product: str(args.product), operator: str(args.operator) };
    template = fillTemplate(found.text, vars).text;
  }
  const report = checkDraft(draft, { tone, ngWords: pack.ngWords ?? [], template });
  const issues = report.findings.map(({ code, severity, start, end, message, suggest }) => ({
    code, severity, start, end, message, suggest: suggest ?? null,
  }));
  io.stdout(JSON.stringify({ weightedLength: report.weightedLength, issues }));
  return 0;
}
