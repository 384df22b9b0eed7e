import { describe, expect, it } from "vitest";
import { quoteSpans } from "../../src/classify/quotes.js";

const quoted = (text: string) => quoteSpans(text).map(([from, to]) => text.slice(from, to));

describe("quoteSpans", () => {
  it("finds straight, curly, double and single quotations", () => {
    expect(quoted('He said "no way" and left.')).toEqual(['"no way"']);
    expect(quoted("He said “no way” and ‘maybe’ too.")).toEqual(["“no way”", "‘maybe’"]);
  });

  it("does not take apostrophes for quotes", () => {
    expect(quoted("The president’s view and the Smiths' dog.")).toEqual([]);
    expect(quoted("It's the ‘people’s choice’, she said.")).toEqual(["‘people’s choice’"]);
  });

  it("runs an unclosed quote to the sentence end, and a lone closer from its start", () => {
    expect(quoted('"We will go on. And on.')).toEqual(['"We will go on. And on.']);
    expect(quoted("and then we left,” he said.")).toEqual(["and then we left,”"]);
  });
});

describe("quoteSpans in other languages' marks", () => {
  it("finds „…“, ‚…‘, »…«, «…» with spaces inside, and Japanese corner brackets", () => {
    expect(quoted("Er sagte: „Wir gehen nicht“ und ‚nie‘.")).toEqual(["„Wir gehen nicht“", "‚nie‘"]);
    expect(quoted("Er sagte: »Wir gehen nicht« und ging.")).toEqual(["»Wir gehen nicht«"]);
    expect(quoted("Il a dit : « Nous partons » hier.")).toEqual(["« Nous partons »"]);
    expect(quoted("Она сказала: «Мы уходим», и ушла.")).toEqual(["«Мы уходим»"]);
    expect(quoted("首相は「延期しない」と述べ、『確定』とした。")).toEqual(["「延期しない」", "『確定』"]);
    expect(quoted("Powiedział „tak” wczoraj.")).toEqual(["„tak”"]);
  });

  it("runs a corner-bracket quote begun in an earlier sentence from the start", () => {
    expect(quoted("延期しない」と述べた。")).toEqual(["延期しない」"]);
  });
});
