import { createReadStream, readFileSync } from 'node:fs';
import { z } from 'zod';
import { baseModel } from '../../lib/classify/base-model';
import { createClassifier } from '../../lib/classify/classifier';
import { classifyWithLearning } from '../../lib/classify/combine';
import { compileSpec } from '../../lib/classify/compile-spec';
import type { PostInput } from '../../lib/classify/types';
import { parseArgs, readLines, type CliIO } from '../io';
import { loadPacks } from '../load-pack';

// `kizuki classify --pack PACK.json [--input POSTS.jsonl]`: lets a team lead try a pack on sample
// posts before sharing it, on exactly the code the extension runs: the rules, then (for brand posts
// they leave as other or read as a question) the background's second reading, as the queue shows them;
// `decidedBy` says which, `rulesCategory` what the rules alone said. Exit 0 = all lines classified,
// 1 = some input lines were bad (each reported on stderr), 2 = usage or pack error.

const USAGE = 'usage: kizuki classify --pack PACK.json [--input POSTS.jsonl]   (reads standard input without --input)';

const lineSchema = z.looseObject({
  id: z.union([z.string().min(1), z.number()]),
  text: z.string(),
  publishedAt: z.union([z.number(), z.iso.datetime({ offset: true })]).optional(),
  counts: z.object({ replies: z.number().optional(), reposts: z.number().optional(), likes: z.number().optional() }).optional(),
});

/** `brands[0].terms[2]` from a zod issue path, so the message names the field to fix. */
function fieldPath(path: PropertyKey[]): string {
  return path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '') || '(root)';
}


function toPost(line: string): PostInput {
  const p = lineSchema.parse(JSON.parse(line));
  const publishedAt = typeof p.publishedAt === 'string' ? Date.parse(p.publishedAt) : p.publishedAt;
  return { id: String(p.id), text: p.text, publishedAt, counts: p.counts };
}

function describeError(e: unknown): string {
  if (e instanceof z.ZodError) return e.issues.map((i) => `${fieldPath(i.path)}: ${i.message}`).join('; ');
  return (e as Error).message;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args.pack !== 'string' || (args.input !== undefined && typeof args.input !== 'string')) {
    io.stderr(USAGE);
    return 2;
  }
  const packs = await loadPacks([args.pack], io);
  if (!packs) return 2;
  const classifier = createClassifier(compileSpec(packs));
  const input = typeof args.input === 'string' ? createReadStream(args.input) : io.stdin;
  let lineNo = 0;
  let bad = 0;
  for await (const line of readLines(input)) {
    lineNo++;
    if (line.trim() === '') continue;
    try {
      const r = classifyWithLearning(toPost(line), classifier, null, { secondReading: baseModel() });
      const matches = r.matches.map(({ kind, term, start, end }) => ({ kind, term, start, end }));
      io.stdout(JSON.stringify({ id: r.id, brands: r.brands, category: r.category, priority: r.priority, decidedBy: r.decidedBy, rulesCategory: r.rulesCategory, matches }));
    } catch (e) {
      bad++;
      io.stderr(`line ${lineNo}: ${describeError(e)}`);
    }
  }
  return bad > 0 ? 1 : 0;
}
