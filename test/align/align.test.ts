import { describe, expect, it } from "vitest";
import { align } from "../../src/align/index.js";
import { longestIncreasingRun } from "../../src/align/lis.js";

const ops = (oldS: string[], newS: string[]) => align(oldS, newS).map((p) => `${p.op} ${p.old.join(",")}>${p.new.join(",")}`);

describe("align", () => {
  it("pairs identical sentences as equal, and quote/dash/space variants as changed", () => {
    expect(ops(["He said \"no\".", "A - B.", "Same."], ["He said “no”.", "A – B.", "Same."])).toEqual(["changed 0>0", "changed 1>1", "equal 2>2"]);
  });

  it("pairs a paraphrase that keeps the order", () => {
    expect(
      ops(
        ["Troops were ordered to shoot to kill to put down a countrywide uprising.", "Markets were closed."],
        ["The troops were ordered to shoot to kill to quell an uprising across the country.", "Markets were closed."],
      ),
    ).toEqual(["changed 0>0", "equal 1>1"]);
  });

  it("reports the smaller side of a crossing as moved, where it now stands", () => {
    const old = ["Alpha leads.", "Bravo follows.", "Charlie third.", "Delta fourth.", "Echo last."];
    const moved = ["Alpha leads.", "Charlie third.", "Delta fourth.", "Echo last.", "Bravo follows."];
    expect(ops(old, moved)).toEqual(["equal 0>0", "equal 2>1", "equal 3>2", "equal 4>3", "moved 1>4"]);
  });

  it("joins a split sentence into one pair, and a merged one", () => {
    const whole = "The council approved the budget on Monday, and the mayor said taxes would rise by 3% next year.";
    const halves = ["The council approved the budget on Monday.", "The mayor said taxes would rise by 3% next year."];
    expect(ops([whole, "Other news."], [...halves, "Other news."])).toEqual(["changed 0>0,1", "equal 1>2"]);
    expect(ops([...halves, "Other news."], [whole, "Other news."])).toEqual(["changed 0,1>0", "equal 2>1"]);
  });

  it("does not glue an unrelated short sentence onto its neighbour", () => {
    expect(ops(["Rain fell.", "The mayor resigned over the scandal."], ["Rain fell.", "The mayor resigned over the scandal.", "Traffic was light."]))
      .toEqual(["equal 0>0", "equal 1>1", "added >2"]);
  });

  it("joins a reworded part to a merge: its attribution dropped, its facts kept", () => {
    const old = [
      "Councillor Tomas Grieve, a Liberal from Eastvale, agreed to drop his objection to the sale.",
      "He will push separately for a bylaw to protect the river wetlands, an aide said.",
      "The city council votes on the sale next week.",
    ];
    const updated = ["Councillor Tomas Grieve (Lib-Eastvale) will push separately for a bylaw to protect the river wetlands, an aide said.", old[2]!];
    expect(ops(old, updated)).toEqual(["changed 0,1>0", "equal 2>1"]);
  });

  it("leaves a dropped quote removed when only its attribution's words reach the lead", () => {
    const old = [
      "The Harbor Board is ready to take a bigger role in paying for river repairs, board chair Ana Velez said.",
      '"We must be honest about how little the city can borrow, with the board taking an even bigger part in the repairs," Velez said in an interview with Coastline magazine.',
      "The board meets on Friday.",
    ];
    const updated = ["The Harbor Board is ready to take a bigger role in paying for river repairs, board chair Ana Velez said in a magazine interview.", old[2]!];
    expect(ops(old, updated)).toEqual(["changed 0>0", "removed 1>", "equal 2>1"]);
  });

  it("pairs a sentence expanded in place, whose words are nearly all in the longer one", () => {
    const old = ["Shares rose 4 pct.", "NOTE: The trust was formed in May 2025.", "Trading resumes on Monday."];
    const updated = [
      old[0]!,
      "NOTE: In May 2025, Ardent Holdings moved all of its ferry routes into the Ardent Ferry Trust, which was newly formed, in exchange for about 3,100,000 trust units.",
      old[2]!,
    ];
    expect(ops(old, updated)).toEqual(["equal 0>0", "changed 1>1", "equal 2>2"]);
  });

  it("keeps genuine additions and removals apart, removals where they stood", () => {
    const old = ["A fire broke out at the Velmar chemical plant on Sunday.", "Firefighters battled the blaze for six hours.", "The cause is unknown.", "The plant employs 400 people."];
    const updated = [old[0]!, "Two workers were injured.", old[1]!, "Police closed the nearby motorway.", "Residents were told to keep windows shut.", old[3]!];
    expect(ops(old, updated)).toEqual(["equal 0>0", "added >1", "equal 1>2", "removed 2>", "added >3", "added >4", "equal 3>5"]);
  });

  it("handles empty sides", () => {
    expect(ops([], [])).toEqual([]);
    expect(ops(["One."], [])).toEqual(["removed 0>"]);
    expect(ops([], ["One."])).toEqual(["added >0"]);
  });
});

describe("longestIncreasingRun", () => {
  it("keeps a longest strictly increasing run", () => {
    expect([...longestIncreasingRun([0, 4, 1, 2, 3])]).toEqual([1, 0, 1, 1, 1]);
    expect(longestIncreasingRun([]).length).toBe(0);
    expect([...longestIncreasingRun([3, 2, 1])].filter((flag) => flag === 1)).toHaveLength(1);
  });
});

describe("identityKey", async () => {
  const { identityKey } = await import("../../src/text/fold.js");
  it("folds quotes, dashes and spacing, and leaves folded ASCII as it is", () => {
    expect(identityKey("He said “no” – twice…")).toBe('He said "no" - twice...');
    expect(identityKey("  a\u00a0 b\n c ")).toBe("a b c");
    expect(identityKey("Plain text, already folded.")).toBe("Plain text, already folded.");
    expect(identityKey("It`s")).toBe("It's");
    expect(identityKey("")).toBe("");
  });
});
