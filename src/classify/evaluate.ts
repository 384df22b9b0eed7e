import { diffWords } from "../diff/index.js";
import { KINDS, type Kind, type Pair } from "../model.js";
import { detectLanguage } from "../text/language.js";
import { classify, type Classification } from "./index.js";
import { nameContext } from "./names.js";

/**
 * Two texts classified as one changed pair, whatever the aligner would make of them: labelled sets
 * of kinds measure the classifier, fixtures/alignment the aligner. Their language is `lang` when
 * given, else detected from the two texts together, as a comparison detects a version's.
 */
export function classifyTexts(oldText: string, newText: string, lang?: string): Classification {
  const diff = diffWords(oldText, newText);
  if (!diff.sides) return { kinds: [], changes: [] };
  const pair: Pair = { op: "changed", old: [0], new: [0], similarity: 0, tokens: diff.tokens, kinds: [] };
  const language = lang ?? detectLanguage(`${oldText}\n${newText}`);
  return classify(pair, oldText, newText, diff.sides, { names: nameContext([oldText, newText]), languages: { old: language, new: language } });
}

export interface KindScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

/** Per-kind precision and recall over labelled pairs, and their micro average ("all"). */
export function scoreKinds(items: readonly { expected: readonly Kind[]; predicted: readonly Kind[] }[]): Record<Kind | "all", KindScore> {
  const scores = {} as Record<Kind | "all", KindScore>;
  const tally = (kind: Kind | "all", tp: number, fp: number, fn: number) => {
    const score = (scores[kind] ??= { truePositives: 0, falsePositives: 0, falseNegatives: 0, precision: 1, recall: 1 });
    score.truePositives += tp;
    score.falsePositives += fp;
    score.falseNegatives += fn;
  };
  for (const kind of KINDS) tally(kind, 0, 0, 0);
  tally("all", 0, 0, 0);
  for (const { expected, predicted } of items) {
    for (const kind of KINDS) {
      const [e, p] = [expected.includes(kind), predicted.includes(kind)];
      const counts = [e && p ? 1 : 0, !e && p ? 1 : 0, e && !p ? 1 : 0] as const;
      tally(kind, ...counts);
      tally("all", ...counts);
    }
  }
  for (const score of Object.values(scores)) {
    const predicted = score.truePositives + score.falsePositives;
    const gold = score.truePositives + score.falseNegatives;
    score.precision = predicted === 0 ? 1 : score.truePositives / predicted;
    score.recall = gold === 0 ? 1 : score.truePositives / gold;
  }
  return scores;
}
