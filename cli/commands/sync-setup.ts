import { parseArgs, type CliIO } from '../io';
import { readSecrets } from '../read-secrets';
import { setupTeam } from '../../lib/sync/setup';
import { SyncFailure } from '../../lib/sync/couch';
import { isSecureUrl } from '../../lib/secure-url';

// kizuki sync-setup --url URL --admin USER:PASSWORD --team TEAM --operator NAME:PASSWORD …
// Creates (or brings up to date) a team's databases, members, validation and operator users.
// A password written as `-` (`--admin admin:-`, `--operator 佐藤:-`) is read from standard input
// instead — a hidden prompt on a terminal, else one line each in the order given — so that it never
// appears in the shell history or the process list.

const USAGE =
  'usage: kizuki sync-setup --url URL --admin USER:PASSWORD --team TEAM [--operator NAME:PASSWORD …] [--lead NAME:PASSWORD …]\n' +
  '       a PASSWORD of - is read from standard input (a hidden prompt, or one line each: admin first, then operators and leads in order)';

function splitPair(value: string): { name: string; password: string } | null {
  const at = value.indexOf(':');
  return at > 0 && at < value.length - 1 ? { name: value.slice(0, at), password: value.slice(at + 1) } : null;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv);
  const admin = typeof args.admin === 'string' ? splitPair(args.admin) : null;
  const operators = ([] as unknown[]).concat(args.operator ?? []).map((o) => (typeof o === 'string' ? splitPair(o) : null));
  const leads = ([] as unknown[]).concat(args.lead ?? []).map((o) => (typeof o === 'string' ? splitPair(o) : null));
  if (typeof args.url !== 'string' || typeof args.team !== 'string' || !admin || operators.some((o) => !o) || leads.some((o) => !o)) {
    io.stderr(USAGE);
    return 2;
  }
  if (!isSecureUrl(args.url)) {
    io.stderr(`sync-setup: https is required (plain http only for localhost, 127.0.0.1 or [::1]): ${args.url}`);
    return 2;
  }
  const people = [admin, ...(operators as { name: string; password: string }[]), ...(leads as { name: string; password: string }[])];
  const asked = people.filter((p) => p.password === '-');
  const secrets = await readSecrets(io.stdin, asked.map((p) => ({ label: p.name })));
  if (!secrets || secrets.some((s) => s === '')) {
    io.stderr(`sync-setup: standard input gave fewer passwords than the ${asked.length} marked "-" (${asked.map((p) => p.name).join(', ')}), or an empty one`);
    return 2;
  }
  asked.forEach((p, i) => (p.password = secrets[i]!));
  try {
    const dbs = await setupTeam({
      url: args.url,
      admin: { user: admin.name, password: admin.password },
      team: args.team,
      operators: operators as { name: string; password: string }[],
      leads: leads as { name: string; password: string }[],
      log: io.stdout,
    });
    io.stdout(`ok: team database ${dbs.team}, claims database ${dbs.claims}`);
    return 0;
  } catch (err) {
    // Never echo the arguments back: they hold passwords.
    io.stderr(`sync-setup failed: ${err instanceof SyncFailure ? err.message : 'unexpected error'}`);
    return 1;
  }
}
