import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/load/parse.js";
import { normalize } from "../../src/normalize/index.js";
import { ORIGINAL, REWRITE, hasArticles } from "../helpers.js";

const run = (text: string, keep: string[] = []) =>
  normalize(parseArticle(text, "t.txt"), { keep: new Set(keep) as Set<never> });

/** Every non-space character of the input, in order, is in the header, the removals or the body. */
function accountedFor(text: string, keep: string[] = []): void {
  const result = run(text, keep);
  const squeeze = (s: string) => s.replace(/\s+/gu, "");
  const header = parseArticle(text, "t.txt").header;
  const headerDate = header ? squeeze(header).replace(squeeze(parseArticle(text, "t.txt").headerCaption ?? ""), "") : "";
  const pieces = [...result.removed.map((r) => r.text), ...result.paragraphs].map(squeeze).join("");
  expect([...squeeze(text).replace(headerDate, "")].sort().join("")).toBe([...pieces].sort().join(""));
}

describe("normalize", () => {
  it("removes an editor's note on what a version changed, as a paragraph or at a paragraph's end, and no sentence in parentheses", () => {
    const text = [
      "(Updates with details, adds quotes)",
      "",
      "The port reopened on Friday. (Corrects sales team size to 500)",
      "",
      "Cranes resumed work. (corrects spelling of town in line five)",
      "",
      "(This story corrects the name of the port in the second paragraph)",
      "",
      "The plan passed. (Changes to the code were approved.)",
      "",
      "The council (adds a clause) voted.",
    ].join("\n");
    const result = run(text);
    expect(result.removed).toEqual([
      { rule: "editor-note", text: "(Updates with details, adds quotes)" },
      { rule: "editor-note", text: "(Corrects sales team size to 500)" },
      { rule: "editor-note", text: "(corrects spelling of town in line five)" },
      { rule: "editor-note", text: "(This story corrects the name of the port in the second paragraph)" },
    ]);
    expect(result.paragraphs).toEqual(["The port reopened on Friday.", "Cranes resumed work.", "The plan passed. (Changes to the code were approved.)", "The council (adds a clause) voted."]);
    expect(run(text, ["editor-note"]).removed).toEqual([]);
    accountedFor(text);
  });

  it("finds whole notes, credits and stamps however they are spaced or cased, and only by their opening words", () => {
    const text = [
      "( Writes through with comment from the ministry )",
      "",
      "(ADDS byline)",
      "",
      "(Additional reporting by Ana Ferreira)",
      "",
      "EDITING BY Tom Hale",
      "",
      "   this content was published on March 5, 2026",
      "",
      "(Reuters) Updates follow the vote.",
      "",
      "Reporters by the dozen waited.",
      "",
      "Thistle growers said it was published on time.",
    ].join("\n");
    const result = run(text);
    expect(result.removed).toEqual([
      { rule: "editor-note", text: "( Writes through with comment from the ministry )" },
      { rule: "editor-note", text: "(ADDS byline)" },
      { rule: "credits", text: "(Additional reporting by Ana Ferreira)" },
      { rule: "credits", text: "EDITING BY Tom Hale" },
      { rule: "published", text: "this content was published on March 5, 2026" },
    ]);
    expect(result.paragraphs).toEqual(["(Reuters) Updates follow the vote.", "Reporters by the dozen waited.", "Thistle growers said it was published on time."]);
    accountedFor(text);
  });

  it("removes each kind of boilerplate and names its rule", () => {
    const text = [
      " date 2026-03-04 Cranes at dusk. Northwind/Handout via REUTERS",
      "",
      "PORT ALDER, March 4 (Reuters) - The authority approved the plan. read more",
      "",
      "Shares of Northwind <NWP.L> rose (NWP.L). read more",
      "",
      "Reporting by Ana Ferreira; Editing by Tom Hale",
    ].join("\n");
    const result = run(text);
    expect(result.paragraphs).toEqual(["The authority approved the plan.", "Shares of Northwind rose."]);
    expect(result.dateline).toEqual({ place: "PORT ALDER", date: "March 4" });
    expect(result.removed).toEqual([
      { rule: "caption", text: "Cranes at dusk. Northwind/Handout via REUTERS" },
      { rule: "dateline", text: "PORT ALDER, March 4 (Reuters) -" },
      { rule: "read-more", text: "read more" },
      { rule: "tickers", text: "<NWP.L>" },
      { rule: "tickers", text: "(NWP.L)" },
      { rule: "read-more", text: "read more" },
      { rule: "credits", text: "Reporting by Ana Ferreira; Editing by Tom Hale" },
    ]);
    accountedFor(text);
  });

  it("handles the syndicated layout: caption with tickers, published stamp, trailing credits", () => {
    const text = [
      " date 2026-03-05 ",
      "",
      "",
      "Cranes at dusk. Northwind / Handout via REUTERS reuters_tickers",
      "",
      "This content was published on March 5, 2026 – 09:12",
      "",
      "PORT ALDER (Reuters) – The authority approved the plan. It was late. (Reporting by Ana Ferreira; Editing by Tom Hale)",
    ].join("\n");
    const result = run(text);
    expect(result.paragraphs).toEqual(["The authority approved the plan. It was late."]);
    expect(result.dateline).toEqual({ place: "PORT ALDER", date: null });
    expect(result.removed.map((r) => r.rule)).toEqual(["caption", "published", "dateline", "credits"]);
    expect(result.removed[3]!.text).toBe("(Reporting by Ana Ferreira; Editing by Tom Hale)");
    accountedFor(text);
  });

  it("removes furniture a page leaves in its text, each paragraph whole, under the page rules' names", () => {
    const text = [
      "LONDON, Dec 6 (Reuters) - The port authority said it would raise fees by 5%.",
      "",
      "FILE PHOTO: A container ship at the port in Halden, June 3, 2025. REUTERS/Jane Doe/File Photo",
      "",
      "Advertisement",
      "",
      '"We have no choice," chief executive Anna Lind said.',
      "",
      "Sign up for our daily briefing newsletter here.",
      "",
      "Updated 2 hours ago",
      "",
      "Read more: Port fees rise across Europe",
      "",
      "© 2026 Reuters. All rights reserved.",
      "",
      "Our Standards: The Thomson Reuters Trust Principles.",
    ].join("\n");
    const result = run(text);
    expect(result.paragraphs).toEqual(["The port authority said it would raise fees by 5%.", '"We have no choice," chief executive Anna Lind said.']);
    // In the order they stood.
    expect(result.removed.map((removal) => removal.rule)).toEqual(["dateline", "caption", "advertisement", "newsletter", "published", "read-more", "credits", "credits"]);
    accountedFor(text);
    // --keep leaves each where it stands.
    expect(run(text, ["advertisement", "newsletter"]).paragraphs).toContain("Advertisement");
  });

  it("removes a byline standing alone at the top, and a share bar's text, under the page rules' names", () => {
    const text = [
      "By Jane Marlow and Tom Reed",
      "",
      "By Monday Night Football standards, the crowd was small.",
      "",
      "LONDON, Dec 6 (Reuters) - The port authority said it would raise fees by 5%.",
      "",
      "Share this article",
      "",
      "Follow us on X @halden",
    ].join("\n");
    const result = run(text);
    expect(result.paragraphs).toEqual(["By Monday Night Football standards, the crowd was small.", "The port authority said it would raise fees by 5%."]);
    expect(result.removed).toEqual([
      { rule: "byline", text: "By Jane Marlow and Tom Reed" },
      { rule: "dateline", text: "LONDON, Dec 6 (Reuters) -" },
      { rule: "share", text: "Share this article" },
      { rule: "share", text: "Follow us on X @halden" },
    ]);
    accountedFor(text);
    expect(run(text, ["byline"]).paragraphs[0]).toBe("By Jane Marlow and Tom Reed");
    expect(run("By Jane Marlow, CNN\n\nThe port reopened.").removed).toEqual([{ rule: "byline", text: "By Jane Marlow, CNN" }]);
  });

  it("removes a social post's placeholder and its consent prompt as consent, and a republished story's origin line as credits", () => {
    const text = [
      "LONDON, Dec 6 (Reuters) - The port authority said it would raise fees by 5%.",
      "",
      "Skip twitter post by Anna Lind",
      "",
      "Allow Twitter content?",
      "",
      "Accept and continue",
      "",
      "End of twitter post by Anna Lind",
      "",
      "Skip past newsletter promotion",
      "",
      "This story was the first published account of the fees, and it was read widely.",
      "",
      "This article was originally published on The Conversation. Read the original article.",
    ].join("\n");
    const result = run(text);
    expect(result.paragraphs).toEqual(["The port authority said it would raise fees by 5%.", "This story was the first published account of the fees, and it was read widely."]);
    expect(result.removed.map((removal) => removal.rule)).toEqual(["dateline", "consent", "consent", "consent", "consent", "newsletter", "credits"]);
    accountedFor(text);
    expect(run(text, ["consent"]).paragraphs).toContain("Allow Twitter content?");
  });

  it("leaves story paragraphs that start like furniture", () => {
    const body = [
      "LONDON, Dec 6 (Reuters) - Sign up for a Hulu ad-free account for $11.99 a month, the company said.",
      "",
      "Source: the authority's annual report, which showed fees rose for a third year in a row across all of its ports.",
      "",
      "Shares of Halden Shipping <HSHP.O> rose 4% on the news. reuters_tickers",
      "",
      "Read more about the authority's plans in its report, which it published on Friday.",
    ].join("\n");
    const result = run(body);
    expect(result.paragraphs.length).toBe(4);
    // After the dateline, the feed's marker alone ends no caption: the paragraph stays, less its codes.
    expect(result.removed.map((removal) => removal.rule)).toEqual(["dateline", "tickers", "tickers"]);
  });

  it("leaves body text that merely resembles boilerplate", () => {
    const text = 'LONDON (Reuters) - He told Reuters he would read more books. Rates over (LIBOR) rose. "Read more," she said.';
    expect(run(text).paragraphs).toEqual(['He told Reuters he would read more books. Rates over (LIBOR) rose. "Read more," she said.']);
  });

  it("takes the datelines other agencies write: a place in mixed case before a known agency, a day before its month", () => {
    const datelines: [string, { place: string; date: string | null }][] = [
      ["Berlin (dpa) - Die Regierung tagte.", { place: "Berlin", date: null }],
      ["Frankfurt am Main (dpa-AFX) – Die Börse schloss.", { place: "Frankfurt am Main", date: null }],
      ["Paris, 3 mars 2025 (AFP) - Le gouvernement a tranché.", { place: "Paris", date: "3 mars 2025" }],
      ["MADRID, 3 mar (EFE).- El Gobierno aprobó la ley.", { place: "MADRID", date: "3 mar" }],
      ["HALDEN, 4. März (Eigenbericht) - Der Hafen wächst.", { place: "HALDEN", date: "4. März" }],
      ["Москва (ТАСС) - Встреча прошла.", { place: "Москва", date: null }],
      ["New York (Bloomberg) -- Stocks rose.", { place: "New York", date: null }],
      // An agency alone, or after a date: no place.
      ["(Bloomberg) -- Stocks rose.", { place: "", date: null }],
      ["Washington (CNN) — Stocks rose.", { place: "Washington", date: null }],
      ["(CNN) — Stocks rose.", { place: "", date: null }],
      ["March 3 (UPI) -- The port reopened.", { place: "", date: "March 3" }],
    ];
    for (const [text, dateline] of datelines) {
      const result = run(text);
      expect(result.dateline, text).toEqual(dateline);
      expect(result.paragraphs[0], text).not.toContain("(");
    }
    // A name and its ticker open a sentence: in mixed case only a news agency makes a dateline.
    for (const text of ["Apple (AAPL) - the iPhone maker - said sales rose.", "The company (Acme) - a maker of tools - said so.", "(Acme) - a maker of tools - said so.", "March 3 (Acme) - a maker of tools - said so."]) {
      expect(run(text).dateline, text).toBeNull();
      expect(run(text).paragraphs, text).toEqual([text]);
    }
  });

  it("takes a byline with no 'By' that names a news outlet after the names", () => {
    for (const text of ["Zeke Miller and Lisa Mascaro, The Associated Press", "Jane Marlow, USA TODAY", "Jane Marlow, Halden Daily News", "Jane Marlow and Tom Reed, Reuters"]) {
      expect(run(`${text}\n\nThe port reopened.`).removed, text).toEqual([{ rule: "byline", text }]);
    }
    // A sentence, a headline, names without an outlet: no byline.
    for (const text of ["Jane Marlow, the mayor, said the port reopened.", "Biden and Harris, together again", "Jane Marlow and Tom Reed"]) {
      expect(run(`${text}\n\nThe port reopened.`).removed, text).toEqual([]);
    }
  });

  it("takes a newspaper's own dateline: a place in capitals, a dash and a sentence, no agency", () => {
    const datelines: [string, string][] = [
      ["WASHINGTON — The Senate passed the bill.", "WASHINGTON"],
      ["KYIV, Ukraine — Drones struck the city.", "KYIV, Ukraine"],
      ["SAN FRANCISCO, Calif. – A quake struck.", "SAN FRANCISCO, Calif."],
      ["RIO DE JANEIRO -- Rains hit the city.", "RIO DE JANEIRO"],
    ];
    for (const [text, place] of datelines) {
      const result = run(text);
      expect(result.dateline, text).toEqual({ place, date: null });
      expect(result.removed[0]!.rule, text).toBe("dateline");
    }
    // A story's kind, a headline in capitals, an aside between dashes, a hyphen: no dateline.
    for (const text of ["EXCLUSIVE — The company plans cuts.", "SENATE PASSES BILL — VOTE IS 51-49", "NATO — the alliance — met.", "HALDEN - The port reopened."]) {
      expect(run(text).dateline, text).toBeNull();
      expect(run(text).paragraphs, text).toEqual([text]);
    }
  });

  it("takes the captions other agencies and picture desks credit, before the story and in it", () => {
    const text = [
      "Firefighters battle a blaze in Halden on Monday. (AP Photo/Jane Doe, File)",
      "HALDEN (AP) — A fire destroyed a warehouse on Monday.",
      "A firefighter at the scene. (Photo by Jane Doe/Getty Images)",
      "The port reopened. (John Roe/AFP via Getty Images)",
      "Die Feuerwehr am Montag. (Foto: dpa)",
      "Officials said the cause was not known (AP).",
    ].join("\n\n");
    const result = run(text);
    expect(result.paragraphs).toEqual(["A fire destroyed a warehouse on Monday.", "Officials said the cause was not known (AP)."]);
    expect(result.removed.map((removal) => removal.rule)).toEqual(["caption", "dateline", "caption", "caption", "caption"]);
  });

  it("takes Bloomberg's and AFP's credits at a story's end, and keeps sentences that open as they do", () => {
    const credits = [
      "--With assistance from John Roe and Ana Ferreira.",
      "— With assistance from John Roe.",
      "To contact the reporter on this story: Jane Doe in London at jdoe@example.com",
      "To contact the editors responsible for this story: Tom Reed at treed@example.com, Kim Hale",
      "bur-jd/jm",
      "sst/ach/dlc",
    ];
    const story = [
      "With assistance from the IMF, the country paid its debts.",
      "To contact the minister, residents wrote letters: hundreds did.",
      // A table's cells: one letter on a side of the slash is no desk's code.
      "n/a",
      "km/h",
      "The port reopened.",
    ];
    const result = run([...story, ...credits].join("\n\n"));
    expect(result.removed).toEqual(credits.map((text) => ({ rule: "credits", text })));
    expect(result.paragraphs).toEqual(story);
    expect(run(credits.join("\n\n"), ["credits"]).removed).toEqual([]);
  });

  it("takes what a page said of its links to screen readers, wherever it stands, first", () => {
    const text = [
      "The port reopened, the Financial Times reported, opens new tab, on Friday.",
      "",
      "The ministry said so in a statement (opens in a new window).",
      "",
      "See the rules (link is external) for details, Opens in new tab",
      "",
      "Our Standards: The Thomson Reuters Trust Principles., opens new tab",
      "",
      "Acquire Licensing Rights, opens new tab",
      "",
      "The port opens new routes; a new window for trade, officials said (external).",
    ].join("\n");
    const result = run(text);
    expect(result.paragraphs).toEqual([
      "The port reopened, the Financial Times reported, on Friday.",
      "The ministry said so in a statement.",
      "See the rules for details",
      "The port opens new routes; a new window for trade, officials said (external).",
    ]);
    expect(result.removed).toEqual([
      { rule: "navigation", text: ", opens new tab" },
      { rule: "navigation", text: "(opens in a new window)" },
      { rule: "navigation", text: "(link is external)" },
      { rule: "navigation", text: ", Opens in new tab" },
      { rule: "credits", text: "Our Standards: The Thomson Reuters Trust Principles., opens new tab" },
      { rule: "credits", text: "Acquire Licensing Rights, opens new tab" },
    ]);
    expect(run(text, ["navigation"]).paragraphs[0]).toBe("The port reopened, the Financial Times reported, opens new tab, on Friday.");
    accountedFor(text);
  });

  it("takes the BBC's labelled captions and picture credits from copied text, and keeps sentences that open alike", () => {
    const text = [
      "The port reopened on Friday.",
      "",
      "Media playback is unsupported on your device",
      "",
      "Media caption, Anna Lind on the strike's end",
      "",
      "Image source, Getty Images",
      "",
      "Image caption, Cranes at the port in Halden on Friday",
      "",
      "Image captions were added by the editors.",
      "",
      "Media coverage was heavy.",
    ].join("\n");
    const result = run(text);
    expect(result.paragraphs).toEqual(["The port reopened on Friday.", "Image captions were added by the editors.", "Media coverage was heavy."]);
    expect(result.removed).toEqual([
      { rule: "caption", text: "Media playback is unsupported on your device" },
      { rule: "caption", text: "Media caption, Anna Lind on the strike's end" },
      { rule: "credits", text: "Image source, Getty Images" },
      { rule: "caption", text: "Image caption, Cranes at the port in Halden on Friday" },
    ]);
  });

  it("takes AP's correction line as an editor's note", () => {
    const result = run("A fire destroyed a warehouse.\n\nThis story has been corrected to show the fire was on Monday, not Tuesday.\n\nThis story was told by residents.");
    expect(result.paragraphs).toEqual(["A fire destroyed a warehouse.", "This story was told by residents."]);
    expect(result.removed).toEqual([{ rule: "editor-note", text: "This story has been corrected to show the fire was on Monday, not Tuesday." }]);
  });

  it("takes a wire's version marker before the headline as an editor's note, and keeps a story's kind and any marker past the top", () => {
    const cases: [string, string | null][] = [
      ["UPDATE 2-Port of Halden reopens after strike", "UPDATE 2-"],
      ["CORRECTED-UPDATE 1-Port of Halden reopens", "CORRECTED-UPDATE 1-"],
      ["REFILE-Port of Halden reopens", "REFILE-"],
      ["RPT-WRAPUP 3 - Port of Halden reopens", "RPT-WRAPUP 3 -"],
      ["  UPDATE 12–Port of Halden reopens", "UPDATE 12–"],
      ["EXCLUSIVE-Port of Halden reopens", null],
      ["UPDATE: Port of Halden reopens", null],
      ["Update 2-Port of Halden reopens", null],
      ["UPDATE 2-", null],
    ];
    for (const [headline, marker] of cases) {
      const result = run(`${headline}\n\nHALDEN, Norway, March 3 (Reuters) - The port reopened on Friday.`);
      expect(result.removed.filter((removal) => removal.rule === "editor-note")).toEqual(marker === null ? [] : [{ rule: "editor-note", text: marker }]);
      expect(result.paragraphs[0]).toBe(marker === null ? headline.trim() : headline.trim().slice(marker.length).trim());
    }
    // Past the story's top, or in a paragraph longer than a headline, such text is the story's.
    const later = run("The port reopened.\n\nCranes moved.\n\nShips docked.\n\nUPDATE 2-Port of Halden reopens");
    expect(later.removed).toEqual([]);
    expect(run(`UPDATE 2-${"The port reopened on Friday. ".repeat(12)}`).removed).toEqual([]);
    expect(run("UPDATE 2-Port of Halden reopens", ["editor-note"]).paragraphs).toEqual(["UPDATE 2-Port of Halden reopens"]);
    accountedFor("REFILE-UPDATE 1-Port of Halden reopens\n\nThe port reopened on Friday.");
  });

  it("takes a page title's version marker, reported with the body's removals", () => {
    const page = { title: "UPDATE 2-Port of Halden reopens", byline: null, url: null, published: null, modified: null, lang: null };
    const raw = { ...parseArticle("The port reopened on Friday.", "t.html"), page };
    const result = normalize(raw, { keep: new Set() });
    expect(result.page?.title).toBe("Port of Halden reopens");
    expect(result.removed).toEqual([{ rule: "editor-note", text: "UPDATE 2-" }]);
    expect(raw.page.title).toBe("UPDATE 2-Port of Halden reopens");
    expect(normalize(raw, { keep: new Set(["editor-note"]) }).page?.title).toBe("UPDATE 2-Port of Halden reopens");
  });

  it("keeps the text of rules named in --keep", () => {
    const text = " date 2026-03-04 A caption via REUTERS\n\nLONDON (Reuters) - Body. read more";
    const result = run(text, ["caption", "read-more"]);
    expect(result.paragraphs).toEqual(["A caption via REUTERS", "Body. read more"]);
    expect(result.removed).toEqual([{ rule: "dateline", text: "LONDON (Reuters) -" }]);
  });
});

describe.skipIf(!hasArticles)("normalize on the two real versions (../shared/articles)", () => {
  it("reports caption, credits, tickers, read more and the published stamp as removed", () => {
    const original = run(readFileSync(ORIGINAL, "utf8"));
    const rewrite = run(readFileSync(REWRITE, "utf8"));
    expect(original.removed.map((r) => r.rule)).toEqual(["caption", "dateline", "read-more", "read-more", "credits"]);
    expect(rewrite.removed.map((r) => r.rule)).toEqual(["caption", "published", "dateline", "credits"]);
    expect(rewrite.removed[0]!.text).toMatch(/reuters_tickers$/u);
    expect(original.dateline).toEqual({ place: "SHANGHAI", date: "Jan 11" });
    expect(rewrite.dateline).toEqual({ place: "SHANGHAI", date: null });
    accountedFor(readFileSync(ORIGINAL, "utf8"));
    accountedFor(readFileSync(REWRITE, "utf8"));
  });
});
