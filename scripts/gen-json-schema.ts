// Writes schema/pack.schema.json from the zod schema: `node --import tsx scripts/gen-json-schema.ts`.
// tests/unit/pack-json-schema.test.ts fails when the committed file is out of date.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { packJsonSchemaText } from '../lib/pack/json-schema';

const out = path.resolve(import.meta.dirname, '../schema/pack.schema.json');
writeFileSync(out, packJsonSchemaText());
console.log(`wrote ${path.relative(process.cwd(), out)}`);
