import { describe, expect, test } from 'vitest';
import { claimsDbName, originPattern, serverBase, syncConfigSchema, teamDbName } from '../../lib/sync/config';
import { retryDelayMs } from '../../lib/sync/backoff';
import { parseHandled } from '../../lib/sync/documents';
import { toHandledDoc } from '../../lib/contract/records';
import { handled } from '../sync-server/fixtures';

// Pure parts of sync: names, URLs, retry delays, what a server document must look like.

describe('sync configuration', () => {
  test('team names become valid CouchDB database names, with or without the team_ prefix', () => {
    expect(teamDbName('Midori Support')).toBe('team_midori_support');
    expect(teamDbName('team_acme')).toBe('team_acme');
    expect(claimsDbName('ACME')).toBe('team_acme_claims');
    expect(teamDbName('ミドリ')).toMatch(/^team_[a-z0-9_$()+\-]+$/);
  });

  test('a pasted URL with user:password@ loses them; the permission pattern is the origin', () => {
    expect(serverBase('https://sato:secret@couch.example.com:6984/')).toBe('https://couch.example.com:6984');
    expect(originPattern('https://couch.example.com:6984/db')).toBe('https://couch.example.com:6984/*');
  });

  test('settings with an empty field are not a sync configuration', () => {
    expect(syncConfigSchema.safeParse({ url: 'https://c.example', team: 't', user: 'u', password: '' }).success).toBe(false);
    expect(syncConfigSchema.safeParse({ url: 'not a url', team: 't', user: 'u', password: 'p' }).success).toBe(false);
  });

  test('retry waits follow the outage: at least the base, about as long as the outage so far, under a minute, and vary', () => {
    const first = Array.from({ length: 50 }, () => retryDelayMs(0));
    expect(Math.max(...first)).toBeLessThanOrEqual(1000);
    expect(Math.min(...first)).toBeGreaterThanOrEqual(500);
    expect(new Set(first).size).toBeGreaterThan(1);
    const afterEight = retryDelayMs(8000);
    expect(afterEight).toBeGreaterThanOrEqual(4000);
    expect(afterEight).toBeLessThanOrEqual(8000);
    expect(retryDelayMs(3_600_000)).toBeLessThanOrEqual(60_000);
  });
});

describe('server documents', () => {
  test('a record survives the round trip through its document, without the local sync state', () => {
    const doc = toHandledDoc(handled('123', 'sato', { sync: 'synced', text: '壊れました', terms: ['壊れ'] }));
    expect(doc).not.toHaveProperty('sync');
    expect(parseHandled(doc).doc).toMatchObject({ postId: '123', operator: 'sato', text: '壊れました', terms: ['壊れ'] });
  });

  test('unknown fields are dropped; wrong types, other sites and mismatched ids are refused', () => {
    const doc = { ...toHandledDoc(handled('123', 'sato')), extra: '<img onerror=alert(1)>' };
    expect(parseHandled(doc).doc).not.toHaveProperty('extra');
    expect(parseHandled({ ...doc, url: 'https://evil.example/status/123' }).error?.problem).toMatch(/url/);
    expect(parseHandled({ ...doc, priority: 'high' }).error?.problem).toMatch(/priority/);
    expect(parseHandled({ ...doc, _id: 'handled:999' }).error?.problem).toMatch(/_id/);
    expect(parseHandled({ ...doc, _id: 'handled:123:sato' }).doc).toBeDefined();
    expect(parseHandled(null).error?.docId).toBe('?');
  });
});
