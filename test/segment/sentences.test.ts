import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/load/parse.js";
import { normalize } from "../../src/normalize/index.js";
import { capSentence, segmentParagraphs, splitParagraph } from "../../src/segment/sentences.js";
import { monthsAfterDayStop } from "../../src/text/dates.js";
import { endsLikeSentence } from "../../src/text/sentence-end.js";
import { ORIGINAL, REWRITE, hasArticles } from "../helpers.js";

describe("splitParagraph", () => {
  it.each([
    ["Mr. Price spoke. He left.", ["Mr. Price spoke.", "He left."]],
    ["La Sra. Ruiz habló. Se fue.", ["La Sra. Ruiz habló.", "Se fue."]],
    ["Il Dott. Lind parlò. Poi uscì.", ["Il Dott. Lind parlò.", "Poi uscì."]],
    ["The U.S. Senate met. It voted.", ["The U.S. Senate met.", "It voted."]],
    ["He moved to the U.S. The move was quick.", ["He moved to the U.S.", "The move was quick."]],
    ["They met in St. Louis on Jan. 22 at No. 2 Main St. Nobody came.", ["They met in St. Louis on Jan. 22 at No. 2 Main St. Nobody came."]],
    ["Harbor Corp. Inc. said so. It grew.", ["Harbor Corp. Inc. said so.", "It grew."]],
    ["Shares of Harbor Corp. The firm said.", ["Shares of Harbor Corp.", "The firm said."]],
    ["Prices rose 1.8% to $10.8 million. Then fell.", ["Prices rose 1.8% to $10.8 million.", "Then fell."]],
    ["Author J.K. Marlow wrote it. She smiled.", ["Author J.K. Marlow wrote it.", "She smiled."]],
    ['He said "it is over." Then he left.', ['He said "it is over."', "Then he left."]],
    ["He said “it is over.” Then he left.", ["He said “it is over.”", "Then he left."]],
    ['"We expect more ... but not now." Done.', ['"We expect more ... but not now."', "Done."]],
    ["Is it? Yes! Fine.", ["Is it?", "Yes!", "Fine."]],
    ["from causing chaos. , according to the reading. China agreed.", ["from causing chaos. , according to the reading.", "China agreed."]],
    ['"(The proposal) is good," he said. "We agree."', ['"(The proposal) is good," he said.', '"We agree."']],
    ["北京下雨了。明天会晴吗？会的。", ["北京下雨了。", "明天会晴吗？", "会的。"]],
    ["Version 2.0 shipped.No space here.", ["Version 2.0 shipped.No space here."]],
  ])("%s", (text, expected) => {
    expect(splitParagraph(text)).toEqual(expected);
  });

  // Each was one sentence of the whole paragraph: its pairs were paragraphs.
  it.each([
    ["hi", "बैठक सोमवार को होगी। मंत्री ने कहा, “हम तैयार हैं।” फैसला जल्द होगा॥", ["बैठक सोमवार को होगी।", "मंत्री ने कहा, “हम तैयार हैं।”", "फैसला जल्द होगा॥"]],
    ["bn", "বৈঠক সোমবার হবে। সিদ্ধান্ত শিগগির হবে।", ["বৈঠক সোমবার হবে।", "সিদ্ধান্ত শিগগির হবে।"]],
    ["ur", "اجلاس پیر کو ہوگا۔ فیصلہ جلد ہوگا۔", ["اجلاس پیر کو ہوگا۔", "فیصلہ جلد ہوگا۔"]],
    ["ar", "هل انتهى الاجتماع؟ قال الوزير إنه انتهى.", ["هل انتهى الاجتماع؟", "قال الوزير إنه انتهى."]],
    ["hy", "Նիստը կայացավ երկուշաբթի։ Որոշումը շուտով կլինի։", ["Նիստը կայացավ երկուշաբթի։", "Որոշումը շուտով կլինի։"]],
    ["am", "ስብሰባው ሰኞ ይካሄዳል። ውሳኔው በቅርቡ ይሰጣል።", ["ስብሰባው ሰኞ ይካሄዳል።", "ውሳኔው በቅርቡ ይሰጣል።"]],
    ["my", "အစည်းအဝေး ပြီးဆုံးပြီ။ ဆုံးဖြတ်ချက် မကြာမီ ထွက်မည်။", ["အစည်းအဝေး ပြီးဆုံးပြီ။", "ဆုံးဖြတ်ချက် မကြာမီ ထွက်မည်။"]],
    ["km", "កិច្ចប្រជុំបានបញ្ចប់។ សេចក្តីសម្រេចនឹងចេញឆាប់ៗ។", ["កិច្ចប្រជុំបានបញ្ចប់។", "សេចក្តីសម្រេចនឹងចេញឆាប់ៗ។"]],
  ])("ends a sentence at %s's full stop: %s", (_language, text, expected) => {
    expect(splitParagraph(text)).toEqual(expected);
  });

  it("tells prose by those stops too (endsLikeSentence: a label or a table row ends with none)", () => {
    expect(endsLikeSentence("फैसला जल्द होगा।")).toBe(true);
    expect(endsLikeSentence("اجلاس پیر کو ہوگا۔")).toBe(true);
    expect(endsLikeSentence("ताज़ा ख़बरें")).toBe(false);
  });

  it("ends a Greek question at its ';' and nothing else there", () => {
    expect(splitParagraph("Τι θα γίνει; Κανείς δεν ξέρει.")).toEqual(["Τι θα γίνει;", "Κανείς δεν ξέρει."]);
    expect(splitParagraph("«Θα έρθει;» Ρώτησε ο υπουργός.")).toEqual(["«Θα έρθει;»", "Ρώτησε ο υπουργός."]);
    expect(splitParagraph("He came; Later he left.")).toEqual(["He came; Later he left."]);
    expect(splitParagraph("Пришёл; Потом ушёл.")).toEqual(["Пришёл; Потом ушёл."]);
  });

  it("does not end one at another script's stop without a space after it", () => {
    expect(splitParagraph("मूल्य।दस रुपये।")).toEqual(["मूल्य।दस रुपये।"]);
  });
});

describe("capSentence", () => {
  it("cuts an endless sentence at spaces and loses nothing", () => {
    const long = "word ".repeat(3000).trim();
    const pieces = capSentence(long, 4000);
    expect(pieces.every((piece) => piece.length <= 4000)).toBe(true);
    expect(pieces.join("")).toBe(long);
  });

  it("cuts a sentence with no spaces without splitting a surrogate pair", () => {
    const long = "😀".repeat(3000);
    const pieces = capSentence(long, 4001);
    expect(pieces.join("")).toBe(long);
    expect(pieces.every((piece) => !/[\ud800-\udbff]$/u.test(piece))).toBe(true);
  });
});

describe.skipIf(!hasArticles)("segment on the two real versions (../shared/articles)", () => {
  it("finds 9 body sentences on each side although the rewrite is one paragraph", () => {
    for (const path of [ORIGINAL, REWRITE]) {
      const body = normalize(parseArticle(readFileSync(path, "utf8"), path)).paragraphs;
      expect(segmentParagraphs(body).sentences).toHaveLength(9);
    }
  });
});

describe("capitals after U.S. and U.K. in old wire copy", () => {
  it.each([
    ["Tension has risen since U.S. Officials last week broke the news.", 1],
    ["Iran warned the U.S. Any interference would meet a response.", 1],
    ["Exports to the U.K. And overseas rose.", 1],
    ["Talks with the U.S. Or Japan stalled.", 1],
    ["The U.S. Said it would act.", 1],
    ["He moved to the U.S. The move was quick.", 2],
    ["Prices fell in the U.K. It was the third fall.", 2],
    ["Sales rose in the U.S. However, margins fell.", 2],
    ["The E.U. Commission said it would act.", 1],
    ["Ministers met in the E.U. They agreed on quotas.", 2],
  ])("%s → %i sentence(s)", (text, count) => {
    expect(splitParagraph(text)).toHaveLength(count);
  });
});

describe("plain-text tables", () => {
  it("makes each line whose columns are set apart by a tab or two spaces a row of its own", () => {
    expect(splitParagraph("Results for the year.\nShr\t1.20 dlrs\t1.10 dlrs\nNet      4,567,000    3,210,000\nThe board met. It agreed.")).toEqual([
      "Results for the year.",
      "Shr\t1.20 dlrs\t1.10 dlrs",
      "Net      4,567,000    3,210,000",
      "The board met.",
      "It agreed.",
    ]);
  });

  it("leaves prose whose sentences are followed by two spaces as prose", () => {
    expect(splitParagraph("The mill closed.  Workers left\nthe site.  It was quiet.")).toEqual(["The mill closed.", "Workers left\nthe site.", "It was quiet."]);
  });
});

describe("days written as ordinals (German '4. März')", () => {
  it("does not end a sentence at a day before its month in a language that writes dates so", () => {
    const german = monthsAfterDayStop("de");
    expect(german.has("märz")).toBe(true);
    expect(splitParagraph("Die Wahl ist am 4. März. Danach wird gezählt.", german)).toEqual(["Die Wahl ist am 4. März.", "Danach wird gezählt."]);
    // A number at a sentence's end before another word still ends it.
    expect(splitParagraph("Es waren 4. Danach kam nichts.", german)).toEqual(["Es waren 4.", "Danach kam nichts."]);
  });

  it("does not end a sentence at a scale written short after an amount, whatever follows it", () => {
    expect(splitParagraph("Der Umsatz stieg auf 1,2 Mrd. Euro. Das ist viel.")).toEqual(["Der Umsatz stieg auf 1,2 Mrd. Euro.", "Das ist viel."]);
    expect(splitParagraph("Náklady dosáhly 2,5 mld. Kč. Vláda mlčí.")).toEqual(["Náklady dosáhly 2,5 mld. Kč.", "Vláda mlčí."]);
    expect(splitParagraph("Бюджет составит 3 млрд. Рублей хватит.")).toEqual(["Бюджет составит 3 млрд. Рублей хватит."]);
    // Not after a word, and not English "mln", at which wire copy ends sentences.
    expect(splitParagraph("Er sprach von Mrd. Euro war das Thema.")).toEqual(["Er sprach von Mrd.", "Euro war das Thema."]);
    expect(splitParagraph("Net profit rose to 5 mln. The company said.")).toEqual(["Net profit rose to 5 mln.", "The company said."]);
  });

  it("splits as before in languages that do not, English among them", () => {
    expect([monthsAfterDayStop("en").size, monthsAfterDayStop("fr").size, monthsAfterDayStop("und").size]).toEqual([0, 0, 0]);
    expect(splitParagraph("The final score was 4. March ended the season.")).toEqual(["The final score was 4.", "March ended the season."]);
  });
});
