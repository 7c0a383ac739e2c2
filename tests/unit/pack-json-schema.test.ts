import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packJsonSchemaText } from '@/lib/pack/json-schema';

describe('schema/pack.schema.json', () => {
  it('is the one generated from the zod schema (run scripts/gen-json-schema.ts after changing it)', () => {
    const committed = readFileSync(path.resolve(import.meta.dirname, '../../schema/pack.schema.json'), 'utf8');
    expect(committed).toBe(packJsonSchemaText());
  });

  it('describes the v1 envelope and the optional sections', () => {
    const schema = JSON.parse(packJsonSchemaText());
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'version', 'id', 'name', 'brands']));
    expect(schema.required).not.toContain('signals');
    expect(schema.properties.format.const).toBe('kizuki.pack');
  });
});
