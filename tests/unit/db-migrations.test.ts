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

/** Every version declared one by one, as builds before the folding in declareMigrations did. */
function openEveryVersion(name: string, upTo: number): Dexie {
  const db = new Dexie(name);
  for (const step of MIGRATIONS.slice(0, upTo)) {
    const version = db.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
  return db;
}

/** What IndexedDB holds: each table with its primary key and indexes. */
async function installedSchema(name: string): Promise<Record<string, string[]>> {
  const db = new Dexie(name);
  await db.open();
  const schema = Object.fromEntries(db.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src).sort()]]));
  db.close();
  return schema;
}

describe('a database at any earlier version, opened by this build', () => {
  it('declares the newest version with every table', () => {
    const db = new Dexie(`declared-${Math.random()}`);
    declareMigrations(db);
    expect(db.verno).toBe(MIGRATIONS.at(-1)!.version);
    expect(db.tables.map((t) => t.name).sort()).toEqual(openEveryVersion('every', MIGRATIONS.length).tables.map((t) => t.name).sort());
  });

  it('ends with the same tables and indexes as declaring every version, from each version and from none', async () => {
    const expected = `every-${Math.random()}`;
    const full = openEveryVersion(expected, MIGRATIONS.length);
    await full.open();
    full.close();
    const want = await installedSchema(expected);
    for (let from = 0; from < MIGRATIONS.length; from++) {
      const name = `from-${from}-${Math.random()}`;
      if (from > 0) {
        const old = openEveryVersion(name, from);
        await old.open();
        old.close();
      }
      const db = new Dexie(name);
      declareMigrations(db);
      await db.open();
      expect(db.verno).toBe(MIGRATIONS.at(-1)!.version);
      db.close();
      expect(await installedSchema(name), `from version ${from}`).toEqual(want);
    }
  });
});
