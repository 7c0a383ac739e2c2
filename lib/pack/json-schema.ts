import { z } from 'zod';
import { packSchema } from './schema';

/**
 * The JSON Schema of pack format v1 for editors, generated from the zod schema (the single source).
 * `io: 'input'` describes what a file may contain (fields with defaults are optional).
 */
export function packJsonSchemaText(): string {
  const schema = z.toJSONSchema(packSchema, { io: 'input', target: 'draft-2020-12' });
  const withHeader = {
    $schema: schema.$schema,
    title: 'Kizuki pack (format v1)',
    description: 'Brand terms, signals, exclusions, reply templates and NG words for Kizuki. Generated from lib/pack/schema.ts by scripts/gen-json-schema.ts; do not edit.',
    ...schema,
  };
  return JSON.stringify(withHeader, null, 2) + '\n';
}
