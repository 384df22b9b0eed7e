import { describe, expect, it } from "vitest";
import { OpenQuoteReader, quotationMarksIn, quotedWords, quoteSpans } from "../../src/classify/quotes.js";

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

  it("takes a single mark before digits for a year or decade cut short, not an opener", () => {
    expect(quoted("The fashions of the '90s and the class of ’08 returned.")).toEqual([]);
    expect(quoted("She said '1990 was the year' twice.")).toEqual([]);
  });

  it("runs an unclosed quote to the sentence end, and a lone closer from its start", () => {
    expect(quoted('"We will go on. And on.')).toEqual(['"We will go on. And on.']);
    expect(quoted("and then we left,” he said.")).toEqual(["and then we left,”"]);
  });
});

describe("OpenQuoteReader", () => {
  const sentences = ['"We will rebuild the quay.', "It will take years.", 'But we will do it," she said.', "It was her first visit.", "“We start today.", "Then we wait.", "‘We won.", "Now we rest.’"];
  const paragraphs = [0, 0, 0, 0, 1, 1, 2, 2];
  const OPEN_BEFORE = [null, '"', '"', null, null, "”", null, "’"];

  it("carries a quotation left open into the next sentences of its paragraph, and no further than its close", () => {
    const reader = new OpenQuoteReader(sentences, paragraphs);
    expect(sentences.map((_, index) => reader.before(index))).toEqual(OPEN_BEFORE);
  });

  it("answers alike whatever sentence it was asked about before (moved pairs ask out of order)", () => {
    for (let first = 0; first < sentences.length; first++) {
      for (let second = 0; second < sentences.length; second++) {
        const reader = new OpenQuoteReader(sentences, paragraphs);
        reader.before(first);
        expect([first, second, reader.before(second)]).toEqual([first, second, OPEN_BEFORE[second]]);
      }
    }
  });

  it("quotes a sentence that stands inside it from its start, up to the mark that closes it", () => {
    expect(quoteSpans(sentences[1]!, '"')).toEqual([[0, sentences[1]!.length]]);
    expect(quoteSpans(sentences[2]!, '"')).toEqual([[0, 19]]);
    // A sentence that opens with a mark opens its own quotation.
    expect(quoteSpans('"No," she said.', '"')).toEqual([[0, 5]]);
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

  it("finds Swedish and Finnish quotations, which open with the mark that closes them: ”…” and »…»", () => {
    expect(quoted("”Vi ska bygga om”, sa borgmästaren.")).toEqual(["”Vi ska bygga om”"]);
    expect(quoted("Pormestari sanoi: ”Rakennamme uudelleen.” Hän lähti.")).toEqual(["”Rakennamme uudelleen.”"]);
    expect(quoted("»Vi ska bygga om», sa borgmästaren.")).toEqual(["»Vi ska bygga om»"]);
    // Before a space or a comma, ” closes a quotation begun before the sentence, as in English.
    expect(quoted("It will take years,” she said.")).toEqual(["It will take years,”"]);
    expect(quoted("It will take years” , she said.")).toEqual(["It will take years”"]);
  });

  it("runs a corner-bracket quote begun in an earlier sentence from the start", () => {
    expect(quoted("延期しない」と述べた。")).toEqual(["延期しない」"]);
  });
});

describe("quotedWords and quotationMarksIn", () => {
  it("say what the quotations hold, whatever marks they are written with", () => {
    const words = (text: string) => quotedWords(text, quoteSpans(text));
    expect(words('He said "no way" and ‘maybe’.')).toBe("no way|maybe|");
    expect(words("He said “no way” and 'maybe'.")).toBe(words('He said "no way" and ‘maybe’.'));
    expect(words("He said no way.")).toBe("");
    // A quotation that runs on past the sentence holds the same words closed or not.
    expect(words('"We will stay, in particular."')).toBe(words('"We will stay, in particular.'));
  });

  it("count the marks that open or close a quotation in a stretch, and no apostrophe", () => {
    const text = 'The mayor\'s "no" stood.';
    const spans = quoteSpans(text);
    expect(quotationMarksIn(text, spans, 0, text.length)).toBe(2);
    expect(quotationMarksIn(text, spans, 0, 13)).toBe(1);
    expect(quotationMarksIn("It was over", quoteSpans("It was over"), 0, 11)).toBe(0);
    // An unclosed quotation's end is the sentence's, not a mark.
    expect(quotationMarksIn('"We go.', quoteSpans('"We go.'), 0, 7)).toBe(1);
  });
});
