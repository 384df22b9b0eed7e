import { describe, expect, it } from "vitest";
import { parseArticle, parseIsoDate } from "../../src/load/parse.js";

describe("parseArticle", () => {
  it("reads the Reuters layout: date and caption on the first line, paragraphs after", () => {
    const article = parseArticle(" date 2022-01-11 A caption. REUTERS/Jo Doe\n\nFirst para.\n\nSecond para.\n", "a.txt");
    expect(article).toEqual({
      path: "a.txt",
      date: "2022-01-11",
      header: " date 2022-01-11 A caption. REUTERS/Jo Doe",
      headerCaption: "A caption. REUTERS/Jo Doe",
      paragraphs: ["First para.", "Second para."],
      paragraphLines: [3, 5],
      warnings: [],
    });
  });

  it("reads the syndicated layout: runs of blank lines after a bare date", () => {
    const article = parseArticle(" date 2022-01-11 \n\n\n\n\nCaption reuters_tickers\n\n\nBody.", "b.txt");
    expect(article.date).toBe("2022-01-11");
    expect(article.headerCaption).toBeNull();
    expect(article.paragraphs).toEqual(["Caption reuters_tickers", "Body."]);
  });

  it("accepts a file with no date header", () => {
    const article = parseArticle("Just a story.\n\nMore of it.", "c.txt");
    expect(article.date).toBeNull();
    expect(article.header).toBeNull();
    expect(article.paragraphs).toEqual(["Just a story.", "More of it."]);
  });

  it("warns about a date that is not a calendar day and keeps going", () => {
    const article = parseArticle("date 2022-13-45\n\nBody.", "d.txt");
    expect(article.date).toBeNull();
    expect(article.paragraphs).toEqual(["Body."]);
    expect(article.warnings).toEqual(['not a valid date "2022-13-45" in the header; date taken as unknown (d.txt)']);
  });

  it("reads CRLF and lone CR line endings like LF", () => {
    const lf = parseArticle(" date 2022-01-11\n\nOne.\nstill one.\n\nTwo.", "e.txt");
    expect(parseArticle(" date 2022-01-11\r\n\r\nOne.\r\nstill one.\r\n\r\nTwo.", "e.txt")).toEqual(lf);
    expect(parseArticle(" date 2022-01-11\r\rOne.\rstill one.\r\rTwo.", "e.txt")).toEqual(lf);
  });

  it("gives no paragraphs for an empty or whitespace-only file", () => {
    expect(parseArticle("", "f").paragraphs).toEqual([]);
    expect(parseArticle(" \n\t\n  ", "f").paragraphs).toEqual([]);
    expect(parseArticle(" date 2022-01-11", "f")).toMatchObject({ date: "2022-01-11", paragraphs: [] });
  });
});

describe("parseIsoDate", () => {
  it("accepts real days only", () => {
    expect(parseIsoDate("2024-02-29")).toBe("2024-02-29");
    expect(parseIsoDate("2023-02-29")).toBeNull();
    expect(parseIsoDate("2022-1-1")).toBeNull();
  });
});
