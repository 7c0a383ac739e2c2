import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createClassifier } from '../lib/classify/classifier';
import { compileSpec } from '../lib/classify/compile-spec';
import { withoutBrands } from '../lib/classify/combine';
import type { Category } from '../lib/categories';
import { BASE_CORPUS_HELD_OUT, type BaseCorpus } from '../lib/classify/base-model';
import demoPack from '../lib/pack/demo-pack.json';
import { packSchema } from '../lib/pack/schema';
import { labelledSets } from './labelled-sets';

// Writes lib/classify/base-corpus.json: the hand-labelled development sets (every set in
// tests/unit/fixtures except the held-out ones) with brand names taken out, which the background's
// second reading trains its n-gram model on. A development post that reads exactly like a held-out
// one once brand names are out (short everyday posts do: a few such pairs exist) is left out, so the
// held-out figures stay ones for wording the model has not seen. Run after a development set changes:
//   npx tsx scripts/build-base-corpus.ts
// tests/unit/classify-base-model.test.ts fails when the file and the sets disagree.

export function buildBaseCorpus(): BaseCorpus {
  const { classify } = createClassifier(compileSpec([packSchema.parse(demoPack)]));
  const stripped = (text: string) => withoutBrands(text, classify({ id: '', text })).replace(/\s+/g, ' ').trim();
  const all = Object.entries(labelledSets());
  const heldOut = new Set(all.filter(([name]) => BASE_CORPUS_HELD_OUT.includes(name)).flatMap(([, rows]) => rows.map((r) => stripped(r.text))));
  const sets = all.filter(([name]) => !BASE_CORPUS_HELD_OUT.includes(name));
  return {
    format: 'kizuki.base-corpus',
    version: 1,
    sets: sets.map(([name]) => name),
    posts: sets.flatMap(([, rows]) => rows.map((r) => [r.category, stripped(r.text)] as [Category, string])).filter(([, text]) => !heldOut.has(text)),
  };
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  const file = path.resolve(import.meta.dirname, '../lib/classify/base-corpus.json');
  const corpus = buildBaseCorpus();
  writeFileSync(file, `${JSON.stringify(corpus).replace(/\],\[/g, '],\n[')}\n`);
  console.log(`${file}: ${corpus.posts.length} posts from ${corpus.sets.join(', ')}`);
}
