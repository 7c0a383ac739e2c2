import { parseArgs, type CliIO } from '../io';
import { setupTeam } from '../../lib/sync/setup';
import { SyncFailure } from '../../lib/sync/couch';

// kizuki sync-setup --url URL --admin USER:PASSWORD --team TEAM --operator NAME:PASSWORD …
// Creates (or brings up to date) a team's databases, members, validation and operator users.

const USAGE = 'usage: kizuki sync-setup --url URL --admin USER:PASSWORD --team TEAM [--operator NAME:PASSWORD …] [--lead NAME:PASSWORD …]';

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
