/**
 * The `claimlens` command line: analyze, report and check articles with the same core code the
 * extension uses. Bundled to dist/cli.js; bin/claimlens.js runs it. Writes only with `report --out`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeCommand } from './commands/analyze';
import { checkCommand } from './commands/check';
import { matchCommand } from './commands/match';
import { reportCommand } from './commands/report';
import { EXIT_ERROR, EXIT_OK, InputError, messageOf, UsageError } from './errors';
import { processIO, type CliIO } from './io';

export const MAIN_HELP = `Usage: claimlens <command> [options]

Commands:
  analyze FILE|GLOB…   List check-worthy claims and attributed quotes (table or --json).
  report FILE|GLOB…    Export reviews: Markdown, CSV, ClaimReview or Web Annotation JSON-LD.
  check FILE|GLOB…     CI gate: exit 1 while claims are unreviewed, disputed or orphaned.
  match FILE|GLOB…     Earlier fact-checks of each claim, from archives and other reviews.

Options:
  -h, --help           Show help (also: claimlens <command> --help).
  -v, --version        Show the version.

Reviews are read from ARTICLE.claimlens.json beside each article; the CLI never changes them.
Exit codes: 0 success, 1 check failed, 2 usage or input error, 141 output closed early
(a reader such as "| head" stopped reading; the output is incomplete).
`;

const COMMANDS: Record<string, (argv: string[], io: CliIO) => Promise<number>> = {
  analyze: analyzeCommand,
  report: reportCommand,
  check: checkCommand,
  match: matchCommand,
};

/** The package version: package.json sits one folder above dist/ (and two above out/src/cli/). */
export function version(): string {
  for (const candidate of [join(__dirname, '..', 'package.json'), join(__dirname, '..', '..', '..', 'package.json')]) {
    try {
      if (!existsSync(candidate)) continue;
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'claimlens' && pkg.version) return pkg.version;
    } catch {
      // Try the next candidate.
    }
  }
  return 'unknown';
}

export async function run(argv: string[], io: CliIO = processIO): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    if (command === 'help' && rest[0] && COMMANDS[rest[0]]) return COMMANDS[rest[0]](['--help'], io);
    io[command === undefined ? 'stderr' : 'stdout'](MAIN_HELP);
    return command === undefined ? EXIT_ERROR : EXIT_OK;
  }
  if (command === '-v' || command === '--version') {
    io.stdout(`claimlens ${version()}\n`);
    return EXIT_OK;
  }
  const handler = COMMANDS[command];
  if (!handler) {
    io.stderr(`claimlens: unknown command "${command}".\n\n${MAIN_HELP}`);
    return EXIT_ERROR;
  }
  try {
    return await handler(rest, io);
  } catch (error) {
    // parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes for unknown or malformed options.
    const code = (error as { code?: unknown }).code;
    if (error instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) {
      io.stderr(`claimlens ${command}: ${messageOf(error)}\nRun "claimlens ${command} --help" for usage.\n`);
      return EXIT_ERROR;
    }
    if (error instanceof InputError) {
      io.stderr(`claimlens: ${messageOf(error)}\n`);
      return EXIT_ERROR;
    }
    io.stderr(`claimlens: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_ERROR;
  }
}

if (require.main === module) {
  void run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
