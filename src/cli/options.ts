import { Command, InvalidArgumentError, Option } from "commander";
import { ENCODINGS, type Encoding } from "../load/decode.js";
import { DEFAULT_MAX_SIZE } from "../load/read.js";
import { DEFAULT_TIMEOUT_SECONDS } from "../load/fetch.js";
import { ARCHIVE_TIME_FORMAT, archiveTime, DEFAULT_CAPTURE_LIMIT } from "../load/archive.js";
import { isWaybackTimestamp, PUBLIC_WAYBACK } from "../load/wayback.js";
import { KINDS, RULE_NAMES, type Kind, type RuleName } from "../model.js";
import { FORMATS, type Format } from "../render/index.js";
import { canonicalLanguage } from "../text/language-tag.js";
import { lookupTable } from "../text/lookup.js";
import { COLOR_WHENS, type ColorWhen } from "./color.js";

/** Kind groups a user may name in place of the kinds they stand for. */
export const KIND_GROUPS = lookupTable<readonly Kind[]>({
  cosmetic: ["typography", "case", "spelling", "punctuation", "whitespace"],
  all: KINDS,
});

export interface CliOptions {
  /** The inputs are versions of stories (files, directories, globs, story URLs). */
  history: boolean;
  /** --history URL: captures from / to these archive times, at most `limit` distinct ones, then the live page. */
  from: string | null;
  to: string | null;
  limit: number | null;
  live: boolean;
  /** A file (or - for standard input) of jobs, one a line: OLD<TAB>NEW or JSON. */
  pairsFrom: string | null;
  story: RegExp | null;
  format: Format;
  context: number;
  /** Print the evidence for each kind under its pair (the terminal and side-by-side views). */
  explain: boolean;
  width: number | null;
  color: ColorWhen;
  keep: Set<RuleName>;
  ignore: Set<Kind>;
  failOn: Set<Kind> | null;
  encoding: Encoding;
  maxSize: number;
  debug: boolean;
  /** Worker threads for the many-file modes; null: decided by the run's size (cli/workers.ts). */
  jobs: number | null;
  /** Milliseconds a URL may take. */
  timeout: number;
  /** With one URL: compare the Wayback capture nearest this timestamp with the live page. */
  wayback: string | null;
  /** Keep fetched pages here. */
  save: string | null;
  wholePage: boolean;
  selector: string | null;
  /** Both versions' language (BCP 47), over what pages declare and what the text reads as. */
  lang: string | null;
  /** Resolved at the edge (cli/main.ts): the User-Agent that names this version, the archive's address. */
  userAgent: string;
  waybackBase: string;
  /** The options given on the command line by long name (`--width`), not left at their defaults. */
  given: ReadonlySet<string>;
}

function seconds(value: string): number {
  const number = Number(value);
  if (!/^\d+(?:\.\d+)?$/u.test(value.trim()) || !(number > 0) || number > 86_400) throw new InvalidArgumentError("--timeout takes a number of seconds, more than 0 and at most 86400");
  return Math.round(number * 1000);
}

function languageTag(value: string): string {
  const tag = canonicalLanguage(value);
  if (tag === null) throw new InvalidArgumentError("--lang takes a BCP 47 language tag: en, de, fr-CH, zh-Hant, ja");
  return tag;
}

function archiveTimeOption(name: string) {
  return (value: string): string => {
    const time = archiveTime(value);
    if (time === null) throw new InvalidArgumentError(`${name} takes a time as ${ARCHIVE_TIME_FORMAT}`);
    return time;
  };
}

function waybackTimestamp(value: string): string {
  if (!isWaybackTimestamp(value)) throw new InvalidArgumentError("--wayback takes a timestamp of 4 to 14 digits, YYYY[MMDD[hhmmss]]");
  return value;
}

function wholeNumber(name: string, min: number) {
  return (value: string): number => {
    const number = Number(value);
    if (!/^\d+$/u.test(value.trim()) || !Number.isSafeInteger(number) || number < min) {
      throw new InvalidArgumentError(`${name} takes a whole number${min > 0 ? ` of at least ${min}` : ""}`);
    }
    return number;
  };
}

function storyPattern(value: string): RegExp {
  try {
    return new RegExp(value, "u");
  } catch (error) {
    throw new InvalidArgumentError(`not a regular expression: ${(error as Error).message}`);
  }
}

function list<T extends string>(valid: readonly T[], groups: Readonly<Record<string, readonly T[]>> = lookupTable({})) {
  return (value: string, previous: Set<T> | undefined): Set<T> => {
    const result = new Set(previous);
    for (const raw of value.split(",")) {
      const name = raw.trim().toLowerCase();
      if (name === "") continue;
      const group = groups[name];
      if (group) group.forEach((item) => result.add(item));
      else if ((valid as readonly string[]).includes(name)) result.add(name as T);
      else throw new InvalidArgumentError(`unknown "${name}"; valid: ${[...valid, ...Object.keys(groups)].join(", ")}`);
    }
    return result;
  };
}

const EXAMPLES = `
Examples:
  newsdiff old.txt new.txt                    aligned word differences, sentence by sentence
  newsdiff -y old.txt new.txt                 old and new side by side
  newsdiff --format json old.txt new.txt      the versioned JSON document (docs/json.md)
  newsdiff --ignore cosmetic old.txt new.txt  exit 0 unless something beyond house style changed
  newsdiff --fail-on quote,number a.txt b.txt CI gate: fail only on altered quotes or figures
  newsdiff --explain old.txt new.txt          what gave each change its kinds (number: 14 → 1.4)
  cat new.txt | newsdiff old.txt -            read one side from standard input
  newsdiff old.html new.html                  two saved web pages: the article, its headline
  newsdiff https://example.com/story saved.html   a live page against a saved one
  newsdiff --wayback 20220111 https://example.com/story   the capture nearest a time against the live page
  newsdiff before/ after/                     every file in both directories, paired by path
  newsdiff --history 'archive/*.txt' --format stat   each story's versions, one line per step
  newsdiff --history https://example.com/story   the story's edits, rebuilt from the Wayback Machine
  cut -f1,2 pairs.tsv | newsdiff --pairs-from - --format jsonl   jobs fed on standard input

Exit status: 0 no differences, 1 differences, 2 error.`;

export function buildProgram(version: string): Command {
  return new Command("newsdiff")
    .description("Show what changed between two versions of a news story.")
    .usage("[options] <old> <new>\n       newsdiff [options] <old-dir> <new-dir>\n       newsdiff [options] --history <paths|urls...>\n       newsdiff [options] --pairs-from <file|->")
    .version(version, "-V, --version")
    .argument("[old]", "the earlier version: a file, - for standard input, or a directory")
    .argument("[new]", "the later version: a file, or a directory to pair with <old> by relative path")
    .option("--history", "the inputs are versions of stories: files, directories, globs, or story URLs read from the Wayback Machine; diff each story's versions in order")
    .option("--pairs-from <file>", "run the jobs listed in a file (- for standard input), one a line: OLD<TAB>NEW, {\"old\": …, \"new\": …} or {\"story\": …, \"versions\": […]}")
    .option("--story <regex>", "with --history: the story key is this pattern's first group on each path (default: the file name without a trailing version number)", storyPattern)
    .addOption(new Option("-f, --format <format>", "output format").choices(FORMATS).default("terminal"))
    .addOption(new Option("--json", "same as --format json").conflicts(["format", "sideBySide"]))
    .addOption(new Option("-y, --side-by-side", "same as --format side-by-side (as in diff -y)").conflicts("format"))
    .option("-c, --context <n>", "unchanged sentences shown around each change", wholeNumber("--context", 0), 1)
    .option("--explain", "under each changed pair, the evidence for each kind (number: 14 → 1.4)")
    .option("-w, --width <n>", "wrap output to n columns (default: the terminal's width)", wholeNumber("--width", 20))
    .addOption(new Option("--color <when>", "colour the output").choices(COLOR_WHENS).default("auto"))
    .option("--keep <rules>", `keep these boilerplate rules' text in the body: ${RULE_NAMES.join(", ")}`, list(RULE_NAMES))
    .option("--ignore <kinds>", `treat changes of only these kinds as unchanged: ${KINDS.join(", ")}, cosmetic`, list(KINDS, KIND_GROUPS))
    .option("--fail-on <kinds>", "exit 1 only when a change has one of these kinds", list(KINDS, KIND_GROUPS))
    .addOption(new Option("--encoding <name>", "how to read bytes that are not UTF-8").choices(ENCODINGS).default("utf8"))
    .option("--max-size <bytes>", "refuse inputs larger than this", wholeNumber("--max-size", 1), DEFAULT_MAX_SIZE)
    .option("-j, --jobs <n>", "threads for directories and --history; 1 runs all in the main thread (default: 1, or for 100 files or more the CPUs less one, at most 4); with --history URL, requests to the archive at once (default 2)", wholeNumber("--jobs", 1))
    .addOption(new Option("--whole-page", "for web pages: compare all visible text, not the article found in it").conflicts("selector"))
    .option("--selector <css>", "for web pages: the article is the element(s) this CSS selector matches, in both versions")
    .option("--lang <tag>", "the versions' language as a BCP 47 tag (de, fr-CH, zh): how figures, dates and quotes are read (default: the page's, else detected from the text)", languageTag)
    // Held in milliseconds, shown in the seconds it is given in (commander would print the 30000).
    .addOption(new Option("--timeout <seconds>", "give up on a URL after this long").argParser(seconds).default(DEFAULT_TIMEOUT_SECONDS * 1000, String(DEFAULT_TIMEOUT_SECONDS)))
    .option("--from <time>", "with --history URL: captures from this time on (YYYY[MMDD[hhmmss]] or YYYY-MM-DD)", archiveTimeOption("--from"))
    .option("--to <time>", "with --history URL: captures up to this time", archiveTimeOption("--to"))
    .option("--limit <n>", `with --history URL: at most n distinct captures (default ${DEFAULT_CAPTURE_LIMIT})`, wholeNumber("--limit", 1))
    .option("--live", "with --history URL: end with the live page")
    .option("--wayback <timestamp>", "with one URL: compare the Wayback Machine's capture nearest this time (YYYYMMDD[hhmmss]) with the live page", waybackTimestamp)
    .option("--save <dir>", "keep each fetched page, with its headers, in this directory (read them later as files)")
    .option("--debug", "show stack traces of errors")
    .addHelpText("after", EXAMPLES)
    .showSuggestionAfterError()
    // --history takes any number of inputs; a pair's third is refused in main.ts.
    .allowExcessArguments(true);
}

export function readOptions(program: Command): CliOptions {
  const raw = program.opts<{
    history?: boolean;
    from?: string;
    to?: string;
    limit?: number;
    live?: boolean;
    pairsFrom?: string;
    story?: RegExp;
    format: Format;
    json?: boolean;
    sideBySide?: boolean;
    context: number;
    explain?: boolean;
    width?: number;
    color: ColorWhen;
    keep?: Set<RuleName>;
    ignore?: Set<Kind>;
    failOn?: Set<Kind>;
    encoding: Encoding;
    maxSize: number;
    debug?: boolean;
    jobs?: number;
    timeout: number;
    wayback?: string;
    save?: string;
    wholePage?: boolean;
    selector?: string;
    lang?: string;
  }>();
  return {
    history: raw.history === true,
    from: raw.from ?? null,
    to: raw.to ?? null,
    limit: raw.limit ?? null,
    live: raw.live === true,
    pairsFrom: raw.pairsFrom ?? null,
    story: raw.story ?? null,
    format: raw.json ? "json" : raw.sideBySide ? "side-by-side" : raw.format,
    context: raw.context,
    explain: raw.explain === true,
    width: raw.width ?? null,
    color: raw.color,
    keep: raw.keep ?? new Set(),
    ignore: raw.ignore ?? new Set(),
    failOn: raw.failOn ?? null,
    encoding: raw.encoding,
    maxSize: raw.maxSize,
    debug: raw.debug === true,
    jobs: raw.jobs ?? null,
    timeout: raw.timeout,
    wayback: raw.wayback ?? null,
    save: raw.save ?? null,
    wholePage: raw.wholePage === true,
    selector: raw.selector ?? null,
    lang: raw.lang ?? null,
    userAgent: "newsdiff",
    waybackBase: PUBLIC_WAYBACK,
    given: new Set(program.options.filter((option) => option.long !== undefined && program.getOptionValueSource(option.attributeName()) === "cli").map((option) => option.long!)),
  };
}
