/** The text of `calque --help`. */
export const HELP = `calque — find Indonesian-to-English machine-translation artifacts in English news text

Usage:
  calque report <file|dir...> [options]  check files or directories ('-' reads standard input)
  calque rules                           list the rules
  calque serve [options]                 check server: LanguageTool-compatible API, calque's
                                         API and an editor's page (docs/server.md)
  calque --help | --version

Output:
  -f, --format <fmt>                report format: text (default), md, html, json, or one
                                    document for CI: sarif, github, junit, checkstyle
  -o, --out <file>                  write the output to a file instead of standard output
      --out-dir <dir>               write one report (or fixed file) per input into <dir>,
                                    mirroring the input folders (batch)
  -q, --quiet                       leave info findings out of the output (not the verdict)
      --color, --no-color           colour the text report or not (default: FORCE_COLOR, then
                                    NO_COLOR, then whether standard output is a terminal)

Inputs:
      --stdin-filename <name>       name standard input (-): the report's label and, by its
                                    extension, the input format
  Quoted glob patterns ('news/**/*.md') are expanded; .calqueignore (gitignore syntax) in the
  current folder lists paths that folder walks and globs skip. In the text, comments such as
  <!-- calque-disable-next-line [rule...] --> silence findings (docs/cli.md, Inline control).

Fixes:
      --diff                        print a unified diff applying every safe fix
      --fix                         print the fixed text (to --out, or --out-dir in batch)
      --write                       with --fix: overwrite the input files (never done otherwise)

Editor's workflow:
      --ref <file>                  another report of the same story (repeatable): compares
                                    names, numbers and dates with the article
      --post-edit <file|dir>        the editor's corrected version (repeatable, paired with the
                                    inputs in order; a directory pairs NAME.post-edited.EXT)
      --input-format <fmt>          auto (by extension), text, markdown or html (default: auto)

Rules and configuration:
      --config <file>               use this calque.config.json (default: nearest one upward)
      --no-config                   ignore calque.config.json files
      --disable <rule,...>          turn rules off
      --only <rule,...>             run only these rules

Gate (pre-publication check):
      --fail-on <severity>          exit 1 if any finding is at or above critical|major|minor|info
      --min-quality <n>             exit 1 if a file's quality score is below n (0-100)
  -j, --jobs <n>                    threads for batches, at most the cores (default: one thread
                                    for a small batch, the cores for a large one)
      --no-progress                 no progress bar on standard error

Files are written whole or not at all (a temporary file beside each, renamed into place once
every output is ready); --out and --out-dir never overwrite an input or the configuration.

Server (calque serve):
      --host <addr>                 address to listen on (default: 127.0.0.1)
  -p, --port <n>                    port (default: 8081, LanguageTool's; 0 picks a free one)
      --workers <n>                 check worker threads (default: cores - 1, at most 4)
      --timeout <seconds>           per-request limit, queue time included (default: 30)
      --max-body <size>             largest request body, e.g. 512k, 2m (default: 1m)
      --max-chars <n>               largest text to check (default: 100000)
      --max-queue <n>               requests that may wait for a worker (default: 64)
      --cors <origin,...>           let these web origins call the API (default: none; * for any)
      --config <file>, --no-config  as for report

Exit codes: 0 pass; 1 gate failed, or (without a gate) some report is review or fail;
            2 usage, input, configuration or file-writing error (no file was written);
            3 internal error (a bug: please report it).
`;
