import { describe, expect, it } from "vitest";
import { newsdiff } from "./run-cli.js";

const kinds = (name: string) => [`fixtures/kinds/${name}/old.txt`, `fixtures/kinds/${name}/new.txt`];
const DEMO = ["fixtures/demo/old.txt", "fixtures/demo/new.txt"];

describe("--ignore and --fail-on decide the exit status", () => {
  it.each([
    [[], "spelling", 1],
    [["--ignore", "cosmetic"], "spelling", 0],
    [["--ignore", "cosmetic"], "quote-style-only", 0],
    [["--ignore", "cosmetic"], "number-format", 0],
    [["--ignore", "cosmetic"], "number", 1],
    [["--ignore", "typography"], "spelling", 1],
    [["--fail-on", "quote"], "wording", 0],
    [["--fail-on", "quote"], "quote", 1],
    [["--fail-on", "quote,number"], "number", 1],
    [["--fail-on", "name"], "demonym", 0],
    // --ignore wins over --fail-on for a kind in both; a --fail-on it takes whole is refused.
    [["--fail-on", "number,quote", "--ignore", "number"], "number", 0],
    [["--fail-on", "number", "--ignore", "number"], "number", 2],
  ])("%j on fixtures/kinds/%s exits %i", (options, name, status) => {
    expect(newsdiff([...options, ...kinds(name)]).status).toBe(status);
  });

  it("folds ignored pairs in the terminal view but keeps them in JSON", () => {
    const terminal = newsdiff(["--ignore", "cosmetic", "--color", "never", ...kinds("spelling")]);
    expect(terminal.stdout).toContain("no differences after normalization");
    const json = JSON.parse(newsdiff(["--ignore", "cosmetic", "--json", ...kinds("spelling")]).stdout);
    expect(json.pairs[0].kinds).toEqual(["spelling"]);
  });

  it("shows an ignored change next to a reported one as plain context, in its new wording", () => {
    const run = newsdiff(["--ignore", "cosmetic", "--color", "never", ...DEMO]);
    expect(run.stdout).toContain("\n  2→2  The plan adds two deep-water berths and is expected to create 1,200 jobs by 2029, according to the authority’s summarized estimate.\n");
  });

  it("rejects an unknown kind, listing the valid ones", () => {
    const run = newsdiff(["--ignore", "grammar", ...DEMO]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `newsdiff: option '--ignore <kinds>' argument 'grammar' is invalid. unknown "grammar"; valid: quote, number, name, wording, spelling, typography, case, punctuation, whitespace, cosmetic, all\n`,
    );
  });
});

describe("--format github and stat", () => {
  it("annotates each change on the new file's line, errors for quote/number/name, the evidence for the failing kinds first", () => {
    const run = newsdiff(["--format", "github", ...DEMO]);
    const lines = run.stdout.trim().split("\n");
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(
      /^::error file=fixtures\/demo\/new\.txt,line=11,title=newsdiff%3A number name spelling::number: \$410 million → \$450 million; name: Orlov → Orloff — changed 1→1: The Port Alder \[-harbour-\]\{\+harbor\+\}/u,
    );
    // Without a failing kind, the evidence for every kind it has.
    expect(lines[1]).toMatch(/^::warning file=fixtures\/demo\/new\.txt,line=11,title=newsdiff%3A spelling typography::spelling: summarised → summarized; typography: authority's → authority’s — changed 2→2: /u);
    expect(lines[3]).toBe(
      "::warning file=fixtures/demo/new.txt,line=11,title=newsdiff%3A wording::wording: Environmental groups have criticised the project, saying dredging will damage t… → ∅ — removed 4→·: [-Environmental groups have criticised the project, saying dredging will damage the estuary's oyster beds.-]",
    );
  });

  it("puts the --fail-on kinds' evidence first, and leaves --ignore'd kinds out", () => {
    const run = newsdiff(["--format", "github", "--fail-on", "spelling", "--ignore", "typography", ...DEMO]);
    expect(run.stdout.split("\n")[1]).toMatch(/^::error [^:]+::spelling: summarised → summarized — changed 2→2/u);
  });

  it("--explain prints the evidence for each kind under its pair", () => {
    const run = newsdiff(["--explain", "--color", "never", "--width", "80", ...DEMO]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      [
        "       dispute with the town council. [number name spelling]",
        "         number: $410 million → $450 million",
        "         name: Orlov → Orloff",
        "         spelling: harbour → harbor",
        "~ 2→2  ",
      ].join("\n"),
    );
    expect(run.stdout).toContain("         wording: ∅ → The town council said it would not appeal the decision.\n");
    // Without --explain, no evidence.
    expect(newsdiff(["--color", "never", "--width", "80", ...DEMO]).stdout).not.toContain("number: ");
  });

  it("makes --fail-on kinds the errors", () => {
    const run = newsdiff(["--format", "github", "--fail-on", "spelling", ...DEMO]);
    expect(run.stdout.split("\n").filter((line) => line.startsWith("::error"))).toHaveLength(2);
  });

  it("prints one stat line per file pair", () => {
    expect(newsdiff(["--format", "stat", ...DEMO]).stdout).toBe(
      "fixtures/demo/old.txt → fixtures/demo/new.txt: 1 kept, 3 changed, 1 added, 1 removed, 0 moved, similarity 0.80 · quote 1, number 1, name 2, wording 3, spelling 2, typography 2\n",
    );
  });
});

describe("kinds a gate can trust", () => {
  const FIGURE = ["fixtures/kinds/figure-correction/old.txt", "fixtures/kinds/figure-correction/new.txt"];
  const STRAY_BREAK = ["fixtures/kinds/stray-break/old.txt", "fixtures/kinds/stray-break/new.txt"];

  it("a corrected figure (14 cts → 1.4 cts) fails --fail-on number and is not house style", () => {
    expect(newsdiff(["--fail-on", "number", ...FIGURE]).status).toBe(1);
    expect(newsdiff(["--ignore", "cosmetic", ...FIGURE]).status).toBe(1);
    expect(newsdiff(["--fail-on", "punctuation", ...FIGURE]).status).toBe(0);
    expect(newsdiff(["--explain", "--color", "never", ...FIGURE]).stdout).toContain("[number]\n         number: 14 cts per share → 1.4 cts per share\n");
  });

  it("a sentence broken by a stray blank line is whitespace, so --ignore whitespace passes it", () => {
    const run = newsdiff(["--color", "never", "--explain", ...STRAY_BREAK]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("(merged) [whitespace]\n           whitespace: Stock ¶ Exchange → Stock Exchange\n");
    expect(newsdiff(["--ignore", "whitespace", ...STRAY_BREAK]).status).toBe(0);
    expect(newsdiff(["--ignore", "cosmetic", ...STRAY_BREAK]).status).toBe(0);
  });
});
