import { z } from 'zod';
import { CATEGORIES } from '../categories';

// Team-wide documents in the team database, beside the handled records: packs a lead publishes, the
// first sighting of each brand post (the team inbox), search rounds and category corrections. The server's rules for them
// are in validate-team-docs.ts, built from the same limits; these schemas are what every client
// checks before it uses one (a teammate's client may be older, newer or broken).

export const TEAM_DOC_LIMITS = {
  /** A sighting carries the post's text for the inbox; long posts are cut to this many characters. */
  sightingText: 2000,
  displayName: 100,
  url: 500,
  brands: 50,
  brandLength: 100,
  query: 500,
  searchName: 200,
  searchKey: 32,
  roundNewPosts: 100_000,
  packVersion: 40,
  /** Characters of a pack's JSON (the client also checks PACK_LIMITS.fileBytes bytes). */
  packChars: 1_000_000,
  /** How far a writer's clock may run ahead of the server's (future times are refused). */
  clockSkewMs: 5 * 60_000,
  /** A publish is made online: its time must be within this of the server's clock. */
  publishWindowMs: 5 * 60_000,
} as const;
const L = TEAM_DOC_LIMITS;

const postId = z.string().regex(/^\d{1,25}$/);
const userName = z.string().min(1).max(100);
const epochMs = z.number().int().nonnegative();
const packId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/);
const searchKey = z.string().regex(/^[0-9a-z]{1,32}$/);

export const packDocId = (id: string) => `pack:${id}`;
export const sightingDocId = (id: string) => `seen:${id}`;
/** openedAt is 13 digits until the year 2286, so ids of one search sort by time. */
export const roundDocId = (key: string, openedAt: number, operator: string) => `round:${key}:${openedAt}:${operator}`;

/**
 * `pack:<packId>`: a pack published by a lead. Updated in place by each publish (a new packVersion
 * each time); `pack` is checked with parsePack by every client before it is applied.
 */
export const packDocSchema = z.object({
  _id: z.string(),
  _rev: z.string().optional(),
  type: z.literal('pack'),
  packId,
  /** The pack JSON as the lead wrote it; the server checks its envelope, clients all of it. */
  pack: z.record(z.string(), z.unknown()),
  packVersion: z.string().min(1).max(L.packVersion),
  publisher: userName,
  publishedAt: epochMs,
});
export type PackDoc = z.infer<typeof packDocSchema>;

/**
 * `seen:<postId>`: the first time anyone on the team saw a brand post. Created once; a later
 * sighting by anyone is refused (409/403) and changes nothing. Deleted by retention.
 */
export const sightingDocSchema = z.object({
  _id: z.string(),
  type: z.literal('seen'),
  postId,
  /** Who saw it first: the CouchDB user name. */
  operator: userName,
  seenAt: epochMs,
  url: z.url({ protocol: /^https$/, hostname: /^(mobile\.)?(x|twitter)\.com$/ }).max(L.url),
  authorHandle: z.string().regex(/^[A-Za-z0-9_]{0,50}$/),
  displayName: z.string().max(L.displayName),
  text: z.string().max(L.sightingText),
  lang: z.string().max(16).nullable(),
  publishedAt: epochMs.nullable(),
  category: z.enum(CATEGORIES),
  priority: z.number().min(0).max(100),
  brands: z.array(z.string().max(L.brandLength)).max(L.brands),
});
export type SightingDoc = z.infer<typeof sightingDocSchema>;

/**
 * `round:<searchKey>:<openedAt>:<operator>`: someone opened a saved search. Written when the search
 * opens (teammates see at once that it is being worked); its writer may then raise `newPosts` as the
 * visit finds brand posts nobody had seen, and change nothing else.
 */
export const roundDocSchema = z.object({
  _id: z.string(),
  type: z.literal('round'),
  searchKey,
  query: z.string().min(1).max(L.query),
  name: z.string().max(L.searchName).optional(),
  operator: userName,
  openedAt: epochMs,
  newPosts: z.number().int().min(0).max(L.roundNewPosts),
});
export type RoundDoc = z.infer<typeof roundDocSchema>;

export const correctionDocId = (postId: string, operator: string) => `correction:${postId}:${operator}`;

/**
 * `correction:<postId>:<operator>`: an operator's correction of a post's category, the learned
 * layer's teaching. Created once in the writer's own name; the writer may withdraw it (delete) to
 * correct again.
 */
export const correctionDocSchema = z.object({
  _id: z.string(),
  type: z.literal('correction'),
  postId,
  operator: userName,
  operatorName: z.string().max(L.displayName).optional(),
  category: z.enum(CATEGORIES),
  previousCategory: z.enum(CATEGORIES),
  text: z.string().max(L.sightingText),
  brands: z.array(z.string().max(L.brandLength)).max(L.brands),
  correctedAt: epochMs,
});
export type CorrectionDoc = z.infer<typeof correctionDocSchema>;

export type TeamDoc = PackDoc | SightingDoc | RoundDoc | CorrectionDoc;
type TeamDocKind = TeamDoc['type'];

/** Which kind of team document an id names, or null for anything else (handled records, design docs). */
export function teamDocKind(id: string): TeamDocKind | null {
  const m = /^(pack|seen|round|correction):/.exec(id);
  return m ? (m[1] as TeamDocKind) : null;
}

const schemas = { pack: packDocSchema, seen: sightingDocSchema, round: roundDocSchema, correction: correctionDocSchema };

function expectedId(doc: TeamDoc): string {
  switch (doc.type) {
    case 'pack': return packDocId(doc.packId);
    case 'seen': return sightingDocId(doc.postId);
    case 'round': return roundDocId(doc.searchKey, doc.openedAt, doc.operator);
    case 'correction': return correctionDocId(doc.postId, doc.operator);
  }
}

export type ParsedTeamDoc = { ok: true; doc: TeamDoc } | { ok: false; docId: string; problem: string };

/** Validates a team document from the server, including that its id names what it holds. */
export function parseTeamDoc(raw: unknown): ParsedTeamDoc {
  const docId = String((raw as { _id?: unknown } | null)?._id ?? '?').slice(0, 120);
  const fail = (problem: string): ParsedTeamDoc => ({ ok: false, docId, problem });
  const kind = teamDocKind(docId);
  if (!kind) return fail('not a team document');
  const parsed = schemas[kind].safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(issue ? `${issue.path.join('.') || 'document'}: ${issue.message}` : 'invalid document');
  }
  const doc = parsed.data as TeamDoc;
  if (doc.type === 'pack' && (doc.pack.id !== doc.packId || doc.pack.packVersion !== doc.packVersion)) return fail('pack.id and pack.packVersion must match the document');
  const expected = expectedId(doc);
  return doc._id === expected ? { ok: true, doc } : fail(`_id does not match its content (expected ${expected.slice(0, 120)})`);
}
