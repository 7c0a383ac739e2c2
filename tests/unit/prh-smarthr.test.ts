import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { importPrh } from '@/lib/prh/import-prh';
import { compileRule } from '@/lib/prh/compile-rule';
import { ngWordHits } from '@/lib/prh/apply-rule';
import { prhFileSchema } from '@/lib/prh/prh-schema';
import { parsePack } from '@/lib/pack/validate';

// SmartHR's prh dictionary (MIT) with its from→to self-tests, read from the shared data folder beside
// the repository; never copied in. Every spec must hold through the NG words Kizuki stores in a pack.
const dataDir = path.resolve(import.meta.dirname, '../..', '../shared/data/ng-words/smarthr');
const file = path.join(dataDir, 'prh-idiomatic-usage.yml');
const present = existsSync(file);
if (!present) console.warn(`prh-smarthr: skipped, ${file} is absent (the shared data folder is not next to this clone)`);

describe.skipIf(!present)('SmartHR prh-idiomatic-usage.yml (skipped when ../shared/data is absent)', () => {
  it('imports, and every spec holds through the stored NG words', async () => {
    const r = await importPrh('prh-idiomatic-usage.yml', (ref) => readFile(path.join(dataDir, ref), 'utf8'), { lang: 'en' });
    if (!r.ok) throw new Error(r.errors.join('\n'));
    // Through a pack, as the panel stores them: what the NG check reads.
    const pack = parsePack({ format: 'kizuki.pack', version: 1, id: 'smarthr', name: 'SmartHR', brands: [{ id: 'x', name: 'x', terms: ['x'] }], ngWords: r.ngWords });
    if (!pack.ok) throw new Error(JSON.stringify(pack.errors.slice(0, 3)));
    const stored = pack.pack.ngWords ?? [];

    const raw = prhFileSchema.parse(parse(await readFile(file, 'utf8')));
    let specs = 0;
    for (const rule of raw.rules ?? []) {
      const compiled = compileRule(rule);
      const word = stored.find((w) => w.pattern?.source === compiled.pattern.source && w.suggest === compiled.expected);
      expect(word, `rule ${compiled.expected}`).toBeDefined();
      for (const spec of compiled.specs) {
        specs++;
        const hits = ngWordHits(word!, spec.from);
        let fixed = '';
        let at = 0;
        for (const h of hits) {
          fixed += spec.from.slice(at, h.start) + h.replacement;
          at = h.end;
        }
        fixed += spec.from.slice(at);
        expect(fixed, `${compiled.expected}: ${spec.from}`).toBe(spec.to);
        // A spec that keeps its text is a place the NG check must stay silent.
        if (spec.from === spec.to) expect(hits, `${compiled.expected}: ${spec.from}`).toEqual([]);
      }
    }
    expect(specs).toBe(273);
  });
});
