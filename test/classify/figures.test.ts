import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { figuresNear, findFigures, isIndexNumber, OTHER_DIGITS, rangesAlike, touches, touchesFigure } from "../../src/classify/figures.js";
import { tokenize } from "../../src/segment/tokens.js";
import { compareTexts } from "../../src/compare.js";

const figures = (text: string) => findFigures(text).map((figure) => [figure.text, figure.key]);
const keyOf = (text: string) => {
  const found = findFigures(text);
  expect(found, text).toHaveLength(1);
  return found[0]!.key;
};

describe("findFigures", () => {
  it("reads no word as a scale, unit, month or number for being a member of every object", () => {
    // On plain objects as tables, "constructor" was Object's own constructor: a scale, a unit, a month.
    for (const word of ["constructor", "__proto__", "toString", "valueOf", "hasOwnProperty"]) {
      expect(figures(`The firm sold 5 ${word} kits on ${word} 3 and ${word} 2024.`)).toEqual([
        ["5", "n:5||"],
        ["3", "n:3||"],
        ["2024", "n:2024||"],
      ]);
    }
  });

  it("reads numbers with their sign, currency, scale and unit", () => {
    expect(figures("net income of 258,125, or 14 cts per share")).toEqual([
      ["258,125", "n:258125||"],
      ["14 cts per share", "n:0.14|$|/shr"],
    ]);
    expect(figures("fell -3 points to +0.4")).toEqual([
      ["-3 points", "n:-3||pt"],
      ["+0.4", "n:0.4||"],
    ]);
    expect(figures("£2bn, 5k, $3m, C$5 and US$10")).toEqual([
      ["£2bn", "n:2000000000|£|"],
      ["5k", "n:5000||"],
      ["$3m", "n:3000000|$|"],
      ["C$5", "n:5|C$|"],
      ["US$10", "n:10|$|"],
    ]);
  });

  it.each([
    ["1,200", "1200"],
    ["0.5", ".5"],
    ["3.50", "3.5"],
    ["10 percent", "10%"],
    ["10 per cent", "10 pct"],
    ["nine", "9"],
    ["twenty-five", "25"],
    ["two hundred and five", "205"],
    ["1.5 million", "1,500,000"],
    ["1.5 mln dlrs", "$1.5 million"],
    ["$1.5m", "$1.5 million"],
    ["Jan. 22", "January 22"],
    ["22 January", "Jan 22"],
    ["Sept. 3, 2027", "September 3, 2027"],
    ["5 p.m.", "17:00"],
    ["5 p.m.", "5 pm"],
    ["12/25/2025", "December 25, 2025"],
    ["the 1990s", "the nineties"],
    ["for a decade", "for 10 years"],
    ["Rs 2 crore", "Rs 20 million"],
    ["Rs. 50 lakh", "₹5 million"],
    ["1.5 lakh people", "150,000 people"],
    ["May 1-3", "May 1–3"],
    ["May 1-3, 2025", "May 1 through 3, 2025"],
    ["1–3 May", "May 1-3"],
    ["the '60s", "the Sixties"],
    ["in his 40s", "in his forties"],
    ["3/4/2025", "March 4, 2025"],
    ["10 am", "10:00"],
    ["2:30 p.m.", "14:30"],
    ["noon", "12:00"],
    ["1½", "1 1/2"],
    ["½", "0.5"],
    ["5/8", "0.625"],
    ["2023-24", "2023-2024"],
    ["5–4", "5-4"],
    ["3rd", "third"],
    ["1990s", "1990's"],
    ["a million", "1 million"],
    ["a dozen", "12"],
    ["25 basis points", "0.25 percentage point"],
    ["150 bps", "1.5 pct points"],
    ["third quarter", "Q3"],
    ["EUR 5 million", "€5 million"],
    ["USD 120", "$120"],
    ["5 million GBP", "£5 million"],
    ["EUR500 million", "EUR 500 million"],
    ["Rs500 crore", "Rs 500 crore"],
    ["Rs500,000", "Rs 500,000"],
    ["AUD 500", "A$500"],
    ["RM500 million", "500 million ringgit"],
    ["Rp500 billion", "IDR 500 billion"],
    ["2.5 billion U.S. dollars", "US$2.5 billion"],
    ["2.5 billion Canadian dollars", "C$2.5 billion"],
    ["for an hour", "for one hour"],
    ["45 mins", "45 minutes"],
    ["third-quarter", "Q3"],
    ["first half", "H1"],
    ["two dozen", "24"],
    ["half a million", "500,000"],
    ["half a dozen", "six"],
    ["£40", "40 pounds"],
    ["10km", "10 km"],
    ["3GW", "3 gw"],
    ["$85 a barrel", "$85 per barrel"],
    ["1.2 million barrels a day", "1.2 million barrels per day"],
    ["doubled", "double"],
    ["more than 1,000", "over 1,000"],
    ["close to 9%", "nearly 9%"],
    ["two-thirds", "2/3"],
    ["one-half", "1/2"],
    ["Friday\"s", "Friday's"],
    ["1990\"s", "1990s"],
    ["last year's", "last year"],
    ["twice", "two times"],
    ["$3.45 a gallon", "$3.45 per gallon"],
  ])("%s and %s are the same figure", (a, b) => {
    expect(keyOf(`x ${a} y`)).toBe(keyOf(`x ${b} y`));
  });

  it.each([
    ["14 cts", "1.4 cts"],
    ["1.2", "12"],
    ["-3", "3"],
    ["+0.4", "-0.4"],
    ["5-4", "4-5"],
    ["10-12", "10-15"],
    ["2023-24", "2024-25"],
    ["5 a.m.", "5 p.m."],
    ["5 am", "5 pm"],
    ["3/4/2025", "3/5/2025"],
    ["the nineties", "the eighties"],
    ["May 1-3", "May 1-4"],
    ["May 1-3", "May 1"],
    ["in his forties", "in his fifties"],
    ["Rs 2 crore", "Rs 2 lakh"],
    ["Rs500 crore", "Rs600 crore"],
    ["EUR500", "USD500"],
    ["Rs500,000", "Rs 600,000"],
    ["2.5 billion Canadian dollars", "$2.5 billion"],
    ["3/4/2025", "April 3, 2025"],
    ["3/4/2025", "3/4/2026"],
    ["$12 million", "$12 billion"],
    ["$12 million", "12 million euros"],
    ["5 pct", "5 percentage points"],
    ["2 metres", "2 feet"],
    ["Jan. 22", "Jan. 23"],
    ["Tuesday", "Wednesday"],
    ["yesterday", "Saturday"],
    ["third", "fourth"],
    ["5,948,000", "5.9 million"],
    ["10km", "12km"],
    ["40C", "42C"],
    ["100mph", "120mph"],
    ["5kg", "5lb"],
    ["$85 a barrel", "$85 a tonne"],
    ["$85 a barrel", "$85"],
    ["doubled", "tripled"],
    ["halved", "doubled"],
    ["more than 1,000", "fewer than 1,000"],
    ["nearly 60%", "over 60%"],
    ["at least 14", "14"],
    ["up to 30 pct", "30 pct"],
    ["two-thirds", "three-quarters"],
    ["one-fifth", "one-quarter"],
    ["last year", "this year"],
    ["next week", "next month"],
    ["last Tuesday", "next Tuesday"],
    ["last Tuesday", "Tuesday"],
    ["Q3", "Q4"],
    ["FY2025", "FY2026"],
    ["H1", "H2"],
    ["10:30 GMT", "10:30 EST"],
    ["10:30 GMT", "10:30"],
    ["three times", "four times"],
    ["more than half", "half"],
    ["$3.45 a gallon", "$3.45 a litre"],
  ])("%s and %s are different figures", (a, b) => {
    expect(keyOf(`x ${a} y`)).not.toBe(keyOf(`x ${b} y`));
  });

  it("leaves words that only look like figures alone", () => {
    expect(figures("The company may cut jobs")).toEqual([]);
    expect(figures("He will march on the capital")).toEqual([]);
    expect(figures("Covid-19 and G-7 and F-16 leaders")).toEqual([]);
    expect(figures("in the quarter")).toEqual([]);
    expect(figures("The Sun reported it")).toEqual([]);
    // A month that is also a word counts only in a date, or after "in", "since", "late"…
    expect(figures("in May 1987")).toEqual([["May 1987", "d:5--1987"]]);
    expect(figures("a vote in May")).toEqual([["May", "d:5--"]]);
    expect(figures("May said she would vote")).toEqual([]);
    expect(figures("Prime Minister May said")).toEqual([]);
  });

  it("reads digits the tokenizer cut at their decimal point or group mark whole, with what is written onto them", () => {
    expect(figures("3.5km, 1,200km, $1.5m, 9.30am, 3.5pc, 1,000th, 2.5-3.5")).toEqual([
      ["3.5km", "n:3.5||km"],
      ["1,200km", "n:1200||km"],
      ["$1.5m", "n:1500000|$|"],
      ["9.30am", "t:09:30"],
      ["3.5pc", "n:3.5||%"],
      ["1,000th", "o:1000"],
      ["2.5-3.5", "r:2.5~3.5||"],
    ]);
    // Each the same figure as written another way.
    expect(figures("3.5 km, 1200 km, 9:30 a.m., 3.5 per cent").map(([, key]) => key)).toEqual(["n:3.5||km", "n:1200||km", "t:09:30", "n:3.5||%"]);
  });

  it("reads a minus sign or the word minus before digits with a unit written on", () => {
    expect(figures("fell to -5C, then minus 5C, then minus 12 degrees and (+3C)")).toEqual([
      ["-5C", "n:-5||°C"],
      ["minus 5C", "n:-5||°C"],
      ["minus 12 degrees", "n:-12||deg"],
      ["+3C", "n:3||°C"],
    ]);
  });

  it("reads one temperature however its scale is written, and 40c as cents", () => {
    expect(figures("40C, 40°C, 40 °C, 40 C, 40 degrees Celsius, 40 degrees C, 104°F, 104 degrees Fahrenheit, 40°, 40c")).toEqual([
      ["40C", "n:40||°C"],
      ["40°C", "n:40||°C"],
      ["40 °C", "n:40||°C"],
      ["40 C", "n:40||°C"],
      ["40 degrees Celsius", "n:40||°C"],
      ["40 degrees C", "n:40||°C"],
      ["104°F", "n:104||°F"],
      ["104 degrees Fahrenheit", "n:104||°F"],
      ["40°", "n:40||deg"],
      ["40c", "n:0.4|$|"],
    ]);
    expect(keyOf("fell 5c")).toBe(keyOf("fell 5 cents"));
    expect(keyOf("costs 20p")).toBe(keyOf("costs 20 pence"));
    // "º", the ordinal indicator typed for the degree sign, is a letter: "38 ºC" is read as "38 °C".
    expect(figures("38 ºC, 38 º")).toEqual([
      ["38 ºC", "n:38||°C"],
      ["38 º", "n:38||deg"],
    ]);
    // A letter joined to more is no scale: "5 C-17s" are aircraft.
    expect(figures("5 C-17s landed")).toEqual([["5", "n:5||"]]);
  });

  it("reads four digits before a time zone, or hrs, as a clock time, not 1000 hours' span", () => {
    expect(figures("at 0940 GMT, at 1530 hrs, 0100 hrs, at 2300 local time, for 1000 hours, by 1987")).toEqual([
      ["0940 GMT", "t:09:40 GMT"],
      ["1530 hrs", "t:15:30"],
      ["0100 hrs", "t:01:00"],
      ["2300", "t:23:00"],
      ["1000 hours", "n:1000||h"],
      ["1987", "n:1987||"],
    ]);
  });

  it("reads the weekday in parentheses after today, not today itself", () => {
    expect(figures("meets today (Monday), met yesterday")).toEqual([
      ["Monday", "w:1"],
      ["yesterday", "rel:yesterday"],
    ]);
  });

  it("reads a fortnight as two weeks", () => {
    expect(figures("resume in a fortnight, or in two weeks")).toEqual([
      ["a fortnight", "n:2||wk"],
      ["two weeks", "n:2||wk"],
    ]);
  });

  it("reads the period a change is measured over as one of its unit", () => {
    expect(figures("up 3% year on year, 2% month-on-month, 1% y/y, 4% q/q and 5% yoy")).toEqual([
      ["3%", "n:3||%"],
      ["year on year", "n:1||yr"],
      ["2%", "n:2||%"],
      ["month-on-month", "n:1||mo"],
      ["1%", "n:1||%"],
      ["y/y", "n:1||yr"],
      ["4%", "n:4||%"],
      ["q/q", "n:1||qtr"],
      ["5%", "n:5||%"],
      ["yoy", "n:1||yr"],
    ]);
    // "on the week" after a figure, or a word after one, at a clause's end; not "on the day of".
    expect(figures("rose 0.5% on the week.").map(([text]) => text)).toEqual(["0.5%", "on the week"]);
    expect(figures("was 0.3% weaker on the day, at 150.2").map(([text]) => text)).toEqual(["0.3%", "on the day", "150.2"]);
    expect(figures("flat on the day.")).toEqual([]);
    expect(figures("died on the day of the attack")).toEqual([]);
    // Letters in capitals may be a name's: "M/M".
    expect(figures("the M/M group")).toEqual([]);
  });

  it("reads first before a verb's past form as an adverb, after a determiner as a rank", () => {
    expect(figures("it was first reported, they first met, the bank first cut rates, at first")).toEqual([]);
    expect(figures("First, the bank must pay")).toEqual([]);
    expect(figures("Smith finished first, ahead of Jones").map(([, key]) => key)).toEqual(["o:1"]);
    expect(figures("the first elected mayor, Britain's first elected mayor, the first hundred days").map(([, key]) => key)).toEqual(["o:1", "o:1", "o:1", "n:hundred||"]);
  });

  it("reads a capitalised ordinal before a capitalised word mid-sentence as a name's, not in a title-case headline", () => {
    expect(figures("a case under the First Amendment, shops on Fifth Avenue, the Ninth Circuit")).toEqual([]);
    expect(figures("Profit Jumps in Third Quarter").map(([, key]) => key)).toEqual(["p:Q3"]);
    expect(figures("the Third quarter, the third Tuesday, in the Third World").map(([, key]) => key)).toEqual(["p:Q3", "o:3", "w:2"]);
  });

  it("reads the figure after a lower-case prefix and its dash, not after a name's", () => {
    expect(figures("in mid-2024, the pre-2020 rules, the mid-1990s, the under-21s and the top-10 of Covid-19 and G-7")).toEqual([
      ["2024", "n:2024||"],
      ["2020", "n:2020||"],
      ["1990s", "s:1990"],
      ["21s", "s:21"],
      ["10", "n:10||"],
    ]);
    // A month or weekday named in full after the prefix is a date; a feast is not.
    expect(figures("from mid-March to mid-May and pre-Monday, not pre-Christmas or mid-Jan")).toEqual([
      ["March", "d:3--"],
      ["May", "d:5--"],
      ["Monday", "w:1"],
    ]);
    // An ordinal's idioms are no rank.
    expect(figures("second-hand, first-rate, second-guess, second-largest")).toEqual([["second", "o:2"]]);
  });

  it("reads a fraction in words before 'of' as its value, and half as a half", () => {
    expect(figures("a third of them, two thirds of those, a quarter of all, one fifth of it, half of the rest")).toEqual([
      ["a third", "n:1/3||"],
      ["two thirds", "n:2/3||"],
      ["a quarter", "n:0.25||"],
      ["one fifth", "n:0.2||"],
      ["half", "n:0.5||"],
    ]);
    expect(figures("one-third, ⅓, ½, the third quarter, a second of silence").map(([, key]) => key)).toEqual(["n:1/3||", "n:1/3||", "n:0.5||", "p:Q3", "o:2"]);
    // After "by", a share too; "a third term" is a rank and "a quarter" alone no figure.
    expect(figures("cut by a third, rose by a quarter, up by two thirds, a third term, in a quarter")).toEqual([
      ["a third", "n:1/3||"],
      ["a quarter", "n:0.25||"],
      ["two thirds", "n:2/3||"],
      ["third", "o:3"],
    ]);
  });

  it("reads the article of a scale or a dozen as part of the figure, and 'of' after a plural quantity", () => {
    expect(figures("A million people, a dozen boats, two dozen cars, half a dozen ships, dozens of homes, thousands of jobs")).toEqual([
      ["A million", "n:1000000||"],
      ["a dozen", "n:12||"],
      ["two dozen", "n:24||"],
      ["half a dozen", "n:6||"],
      ["dozens of", "q:dozens"],
      ["thousands of", "q:thousands"],
    ]);
    // No article, no figure of its own: "dozen" alone stays a quantity, "of" after a singular a word.
    expect(figures("a few dozen, the dozen of them")).toEqual([
      ["dozen", "q:12"],
      ["dozen", "q:12"],
    ]);
  });

  it("reads a decade with its century cut off, and amounts with their scale and currency after a dash", () => {
    expect(figures("the '90s, the ’20s, a $5-billion plan, a 350-mln-dlr loan, a 13-billion-dlr budget")).toEqual([
      ["'90s", "s:1990"],
      ["’20s", "s:'20"],
      ["$5-billion", "n:5000000000|$|"],
      ["350-mln-dlr", "n:350000000|$|"],
      ["13-billion-dlr", "n:13000000000|$|"],
    ]);
    expect(figures("a 350-mln dlr loan")).toEqual([["350-mln dlr", "n:350000000|$|"]]);
  });

  it("takes the figure out of a compound with the unit it names, and no more", () => {
    expect(figures("a 12-bank group for three-year bonds, the second-largest")).toEqual([
      ["12", "n:12||"],
      ["three-year", "n:3||yr"],
      ["second", "o:2"],
    ]);
    expect(figures("a 10-year deal, a 2.5-mile bridge, a 22,700-metric-tonne-per-year plant, a 1-for-2 split")).toEqual([
      ["10-year", "n:10||yr"],
      ["2.5-mile", "n:2.5||mi"],
      ["22,700-metric-tonne", "n:22700||t"],
      ["1", "n:1||"],
    ]);
    // A singular unit of time after a year is a word of its own ("1985 year net").
    expect(figures("1985 year net")).toEqual([["1985", "n:1985||"]]);
    // "a year ago" is a time, not the unit of a rate.
    expect(figures("from 58,000 a year ago and 4.2 pct a month earlier")).toEqual([
      ["58,000", "n:58000||"],
      ["4.2 pct", "n:4.2||%"],
    ]);
    // A bound is part of its figure, but not a preposition of time, nor "up" of "were up to".
    expect(figures("more than 1,000 people over nine months over 1987-1989, sales were up to 220 mln")).toEqual([
      ["more than 1,000", ">n:1000||"],
      ["nine months", "n:9||mo"],
      ["1987-1989", "r:1987~1989||"],
      ["220 mln", "n:220000000||"],
    ]);
    // A spelled fraction is one word; a tens' ordinal is no fraction.
    expect(figures("two-thirds of the twenty-fifth")).toEqual([
      ["two-thirds", "n:2/3||"],
      ["twenty-fifth", "o:25"],
    ]);
    // A clock time at the end of a text with a space after it: no zone to read, and no crash.
    expect(figures("at 10am ")).toEqual([["10am", "t:10:00"]]);
    // Approximations are no bounds: "about 240" is read as 240, and "about" stays a word.
    expect(figures("about 240 passengers")).toEqual([["240", "n:240||"]]);
    // Letters written onto digits are a unit up to four of them; longer, a word.
    expect(figures("a 10km race and a 3Dprinting lab")).toEqual([["10km", "n:10||km"]]);
  });
});

describe("fractions of a point", () => {
  it("reads a fraction of a point as percentage points, as basis points are read", () => {
    const quarter = keyOf("25 basis points");
    for (const text of ["a quarter of a percentage point", "a quarter point", "a quarter-point cut", "0.25 percentage point", "a quarter of a point"]) expect(keyOf(text), text).toBe(quarter);
    expect(keyOf("half a percentage point")).toBe(keyOf("50 basis points"));
    expect(keyOf("a half-percentage-point rise")).toBe(keyOf("50 basis points"));
    expect(keyOf("three-quarters of a percentage point")).toBe(keyOf("75 basis points"));
    // A fraction of something else is a share.
    expect(figures("a quarter of the vote")).toEqual([["a quarter", "n:0.25||"]]);
  });
});

describe("ranges written apart", () => {
  const alike = (oldText: string, newText: string) => {
    const read = rangesAlike(findFigures(oldText), findFigures(newText), oldText, newText);
    return { old: read.old.map((figure) => [figure.text, figure.key]), new: read.new.map((figure) => [figure.text, figure.key]) };
  };

  it("reads a season or fiscal year written with a slash as the range written with a dash, not as a fraction", () => {
    expect(keyOf("the 2023/24 season")).toBe(keyOf("the 2023-24 season"));
    expect(keyOf("in 1999/2000")).toBe("r:1999~2000||");
    expect(keyOf("a 1/2 share")).toBe("n:0.5||");
    expect(keyOf("the 2023/25 plan")).not.toMatch(/^r:/u);
  });

  it("gives a range its scale, both ends alike", () => {
    expect(keyOf("$10-12 million")).toBe("r:10000000~12000000|$|");
  });

  it("reads 'between X and Y' as one range on either side, whatever the other holds", () => {
    expect(alike("between 10 and 12 pct", "up 12 pct").old).toEqual([["between 10 and 12 pct", "r:10~12||%"]]);
    expect(alike("Between 10 and 12 people", "Ten people").old).toEqual([["Between 10 and 12", "r:10~12||"]]);
    // "and" without "between" joins two figures, not a range's ends.
    expect(alike("10 and 12 pct", "10-12 pct").old).toEqual([["10", "n:10||"], ["12 pct", "n:12||%"]]);
  });

  it("reads 'X to Y' as one range only where the other side has a range, its ends' currency and unit alike", () => {
    expect(alike("10-12 pct", "10 to 12 pct").new).toEqual([["10 to 12 pct", "r:10~12||%"]]);
    expect(alike("52-48", "52 to 48").new).toEqual([["52 to 48", "r:52~48||"]]);
    expect(alike("$10-12 million", "$10 million to $12 million").new).toEqual([["$10 million to $12 million", "r:10000000~12000000|$|"]]);
    expect(alike("rose from 5% to 7%", "rose to 7% from 5%").old).toEqual([["5%", "n:5||%"], ["7%", "n:7||%"]]);
    expect(alike("5-7 pct", "5 dlrs to 7 pct").new).toEqual([["5 dlrs", "n:5|$|"], ["7 pct", "n:7||%"]]);
  });
});

describe("isIndexNumber", () => {
  it("takes the number of a stock index's name, and no other number", () => {
    const text = "The S&P 500 and the FTSE 100 rose; 500 shares traded; the Nikkei 300 and Nikkei 225 fell.";
    const at = (digits: string, from = 0) => text.indexOf(digits, from);
    expect(isIndexNumber(text, at("500"), "500")).toBe(true);
    expect(isIndexNumber(text, at("100"), "100")).toBe(true);
    expect(isIndexNumber(text, at("500", at("100")), "500")).toBe(false);
    expect(isIndexNumber(text, at("300"), "300")).toBe(true);
    expect(isIndexNumber(text, at("225"), "225")).toBe(true);
    expect(figures("The S&P 500 rose 0.5%.")).toEqual([["0.5%", "n:0.5||%"]]);
  });
});

describe("currency signs", () => {
  const keys = (text: string) => findFigures(text).map((figure) => [figure.text, figure.key]);
  it("reads a dollar by the letters written onto its sign: US$ is the dollar, R$ and NT$ are not", () => {
    expect(keys("It cost US$5 million.")).toEqual([["US$5 million", "n:5000000|$|"]]);
    expect(keys("It cost R$5 million.")).toEqual([["R$5 million", "n:5000000|R$|"]]);
    expect(keys("It cost NT$5 billion.")).toEqual([["NT$5 billion", "n:5000000000|NT$|"]]);
  });

  it("reads a sign set apart by a space, but not one written onto a word", () => {
    expect(keys("It cost 5 € a head.")).toEqual([["5 € a head", "n:5|€|/pers"]]);
    expect(keys("It cost € 5 a head.")).toEqual([["€ 5 a head", "n:5|€|/pers"]]);
    expect(keys("Version 5 $HOME")).toEqual([["5", "n:5||"]]);
  });
});

describe("OTHER_DIGITS", () => {
  it("is every decimal digit of the Basic Multilingual Plane but ASCII's, and the fraction signs", () => {
    for (let code = 0x80; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      const fraction = (code >= 0xbc && code <= 0xbe) || (code >= 0x2150 && code <= 0x215e);
      expect(OTHER_DIGITS.test(char), code.toString(16)).toBe(fraction || /\p{Nd}/u.test(char));
    }
    expect(OTHER_DIGITS.test("7")).toBe(false);
  });
});

describe("bad input stays bounded", () => {
  it("a 10,000-digit number is compared by its digits", () => {
    const huge = "9".repeat(10_000);
    expect(findFigures(`It was ${huge} crowns.`)[0]!.key === `n:~${huge}|kr|`).toBe(true);
    const result = compareTexts({ path: "a", text: `It was ${huge} crowns.` }, { path: "b", text: `It was ${huge}8 crowns.` });
    // Sentences past 4,000 characters are cut (with a warning): the changed piece is a figure changed.
    expect(result.pairs.filter((pair) => pair.op !== "equal").map((pair) => pair.kinds)).toEqual([["number"]]);
  });

  it("an amount in two scales with digits past the readable length is kept as written, not summed", () => {
    const huge = "9".repeat(60);
    const kinds = (lang: string, oldText: string, newText: string) =>
      compareTexts({ path: "a", text: oldText }, { path: "b", text: newText }, { lang }).pairs.flatMap((pair) => pair.kinds);
    // Each threw a BigInt SyntaxError (exit 2, "internal error") before the sums checked their parts.
    expect(kinds("zh", `收入为1亿${huge}万元。`, "收入为2亿元。")).toContain("number");
    expect(kinds("zh", `收入为${huge}亿5000万元。`, "收入为2亿元。")).toContain("number");
    expect(kinds("ko", `매출은 1조${huge}억원이었다.`, "매출은 2조원이었다.")).toContain("number");
    expect(kinds("ko", `매출은 ${huge}조2000억원이었다.`, "매출은 2조원이었다.")).toContain("number");
    expect(kinds("ko", `매출은 1조 ${huge}억 원이었다.`, "매출은 2조 원이었다.")).toContain("number");
  });

  it("a sentence of 5,000 hyphenated figures classifies without throwing", () => {
    const figuresText = Array.from({ length: 5_000 }, (_, i) => `${i}-${i + 1}`).join(" ");
    const result = compareTexts({ path: "a", text: `Scores ${figuresText}.` }, { path: "b", text: `Scores ${figuresText.replace("17-18", "17-19")}.` });
    expect(result.pairs.some((pair) => pair.kinds.includes("number") || pair.kinds.includes("wording"))).toBe(true);
  });
});

describe("figuresNear, the cheaper path the classifier takes", () => {
  it("finds exactly the figures of the whole sentence that touch the changes (property)", () => {
    const piece = fc.constantFrom(
      "rose", "the", "12", "1,200", "4.65", "pct", "per cent", "percentage points", "$", "£2bn", "dlrs", "million", "two", "hundred", "and", "twenty-five",
      "third", "Jan.", "22", ",", "2027", "May", "5", "a.m.", "14:30", "10-12", "-3", "+0.4", ".5", "½", "1/2", "Tuesday", "yesterday", "metres", "said", "Officials", "“", "”",
    );
    const sentence = fc.array(piece, { minLength: 1, maxLength: 30 }).map((pieces) => pieces.join(" "));
    fc.assert(
      fc.property(sentence, fc.array(fc.tuple(fc.nat(200), fc.nat(12)), { maxLength: 3 }), (text, picks) => {
        const tokens = tokenize(text);
        // Changes as the diff makes them: whole tokens, in order, not overlapping.
        const bounds = [0];
        for (const token of tokens) bounds.push(bounds[bounds.length - 1]! + token.text.length);
        const ranges: [number, number][] = [];
        for (const [at, length] of [...picks].sort((a, b) => a[0] - b[0])) {
          const first = at % tokens.length;
          const last = Math.min(tokens.length, first + (length % 4));
          const range: [number, number] = [bounds[first]!, bounds[last]!];
          if (ranges.length === 0 || range[0] > ranges[ranges.length - 1]![1]) ranges.push(range);
        }
        const touching = findFigures(text).filter((figure) => ranges.some(([start, end]) => touches(text, figure, start, end)));
        const spans = ranges.map(([start, end]) => ({ start, end, from: bounds.indexOf(start), to: bounds.indexOf(end) }));
        expect(figuresNear(text, tokens, spans)).toEqual(touching);
        // touchesFigure, which spares reading figures at all, says no only where no figure touches.
        for (const [start, end] of ranges) {
          const [from, to] = [bounds.indexOf(start), bounds.indexOf(end)];
          const touched = touching.some((figure) => touches(text, figure, start, end));
          if (touched) expect(touchesFigure(tokens, from, to), `${text} [${start}, ${end})`).toBe(true);
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });
});
