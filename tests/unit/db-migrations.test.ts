import Dexie from 'dexie';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { declareMigrations, MIGRATIONS } from '@/lib/db/migrations';

// Each step has a fixture lib/db/migrations/fixtures/<step file>.json:
//   before — rows written at the previous version, write — rows written after the step,
//   after — every table the step concerns, as it must read afterwards.
type Rows = Record<string, Record<string, unknown>[]>;
interface Fixture { before: Rows; write: Rows; after: Rows }

const fixtureDir = path.resolve(import.meta.dirname, '../../lib/db/migrations/fixtures');
/** The fixture of step n is the one file named v<n>-….json, like the step's own module. */
const fixtureOf = (version: number) => readdirSync(fixtureDir).filter((f) => f.startsWith(`v${version}-`) && f.endsWith('.json'));

function openAt(name: string, upTo: number): Dexie {
  const db = new Dexie(name);
  declareMigrations(db, upTo);
  return db;
}

async function writeRows(db: Dexie, rows: Rows): Promise<void> {
  for (const [table, list] of Object.entries(rows)) await db.table(table).bulkAdd(list);
}

describe('schema migrations, every step on its fixture', () => {
  it('has exactly one fixture for every step, and steps numbered 1, 2, 3… without gaps', () => {
    MIGRATIONS.forEach((step, index) => {
      expect(step.version).toBe(index + 1);
      expect(fixtureOf(step.version)).toHaveLength(1);
    });
  });

  MIGRATIONS.forEach((step, index) => {
    it(`version ${step.version} turns its fixture into the expected rows`, async () => {
      const fixture = JSON.parse(readFileSync(path.join(fixtureDir, fixtureOf(step.version)[0]!), 'utf8')) as Fixture;
      const name = `migrate-${step.version}-${Math.random()}`;
      if (index > 0) {
        const previous = openAt(name, index);
        await previous.open();
        await writeRows(previous, fixture.before);
        previous.close();
      }
      const db = openAt(name, index + 1);
      await db.open();
      expect(db.verno).toBe(step.version);
      await writeRows(db, fixture.write);
      for (const [table, expected] of Object.entries(fixture.after)) {
        expect(await db.table(table).toArray()).toEqual(expected);
      }
      db.close();
    });
  });
});
