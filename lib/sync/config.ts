import { z } from 'zod';
import { isSecureUrl } from '../secure-url';

// Where and as whom to sync. Comes from the operator's local settings; never stored anywhere else.
export const syncConfigSchema = z.object({
  // The password goes with every request: never over plain http to another machine.
  url: z.string().url().refine(isSecureUrl, 'https is required (plain http only for localhost, 127.0.0.1 or [::1])'),
  team: z.string().min(1),
  user: z.string().min(1),
  password: z.string().min(1),
});
export type SyncConfig = z.infer<typeof syncConfigSchema>;

/**
 * CouchDB database names allow lowercase letters, digits and _$()+-/ and start with a letter.
 * "ACME Support" and "team_acme_support" both name the database team_acme_support.
 */
export function teamDbName(team: string): string {
  const id = team.trim().toLowerCase().replace(/^team_/, '').replace(/[^a-z0-9_$()+\-]/g, '_');
  return `team_${id}`;
}

export const claimsDbName = (team: string) => `${teamDbName(team)}_claims`;

/** The server's base URL without credentials or a trailing slash (a pasted user:pass@ is dropped). */
export function serverBase(url: string): string {
  const parsed = new URL(url);
  parsed.username = '';
  parsed.password = '';
  return parsed.toString().replace(/\/+$/, '');
}

/** The origin pattern to ask a host permission for, e.g. https://couch.example.com/* */
export function originPattern(url: string): string {
  return `${new URL(url).origin}/*`;
}
