import { parseArgs, type CliIO } from '../io';
import { loadPacks } from '../load-pack';
import { readSecrets } from '../read-secrets';
import { teamDbName } from '../../lib/sync/config';
import { SyncFailure } from '../../lib/sync/couch';
import { publishPack } from '../../lib/sync/publish-pack';
import { insecureUrlProblem } from '../../lib/secure-url';

// kizuki pack-publish --url URL --team TEAM --user NAME[:PASSWORD|:-] PACK.json
// Checks the pack exactly as the side panel's import does, then publishes it to the team as its lead.
// Nothing is sent when the pack, the URL or the arguments are wrong.

const USAGE = 'usage: kizuki pack-publish --url URL --team TEAM --user NAME[:PASSWORD] PACK.json  (NAME:- or NAME alone: the password from standard input or a prompt)';

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv);
  const user = typeof args.user === 'string' ? args.user : '';
  const colon = user.indexOf(':');
  const name = colon === -1 ? user : user.slice(0, colon);
  if (typeof args.url !== 'string' || typeof args.team !== 'string' || !name || args._.length !== 1) {
    io.stderr(USAGE);
    return 2;
  }
  const insecure = insecureUrlProblem(args.url);
  if (insecure) {
    io.stderr(`pack-publish refused: ${insecure}`);
    return 2;
  }
  const file = args._[0]!;
  const packs = await loadPacks([file], io);
  if (!packs) return 1;
  const pack = packs[0]!;
  if (!pack.packVersion) {
    io.stderr(`${file}: $.packVersion: a published pack needs a packVersion (e.g. "1.3"), so every operator sees which version they run`);
    return 1;
  }

  const given = colon === -1 ? '-' : user.slice(colon + 1);
  const password = given === '-' ? ((await readSecrets(io.stdin, [{ label: name }]))?.[0] ?? null) : given;
  if (!password) {
    io.stderr('pack-publish: no password given');
    return 2;
  }
  const dbName = teamDbName(args.team);
  try {
    const result = await publishPack({ url: args.url, user: name, password }, dbName, pack);
    if (result.status === 'unchanged') io.stdout(`unchanged: ${result.packId} v${result.packVersion} is already published to ${dbName}`);
    else io.stdout(`published ${result.packId} v${result.packVersion} to ${dbName}${result.previousVersion ? ` (was v${result.previousVersion})` : ''}`);
    return 0;
  } catch (err) {
    // Never echo the arguments back: they may hold the password.
    io.stderr(`pack-publish refused: ${err instanceof SyncFailure ? err.message : 'unexpected error'}`);
    return 1;
  }
}
