let collator: Intl.Collator | undefined;

/**
 * Names written only with these (lower-case ASCII letters, digits, `_ - . /`) are put in natural
 * order without the collator, which costs ~9 ms to build (it loads ICU's collation data) in every
 * run that sorts files: `001.txt`, `story-v2.txt`, `a/b.txt`. Its order for them is plain to
 * write down (a property test holds the two to the same answer): `_ - . /` first, in that order,
 * then runs of digits by their value (leading zeros aside), then letters.
 */
const PLAIN_NAME = /^[a-z0-9_./-]*$/u;
const PUNCTUATION_RANK: Record<string, number> = { _: 0, "-": 1, ".": 2, "/": 3 };
const DIGIT_RANK = 4;

const isDigit = (code: number) => code >= 48 && code <= 57;

function plainNaturalOrder(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (isDigit(a.charCodeAt(i)) && isDigit(b.charCodeAt(j))) {
      let [endA, endB] = [i, j];
      while (endA < a.length && isDigit(a.charCodeAt(endA))) endA++;
      while (endB < b.length && isDigit(b.charCodeAt(endB))) endB++;
      // The digits' values: without leading zeros, a longer run is a larger number.
      while (i < endA - 1 && a[i] === "0") i++;
      while (j < endB - 1 && b[j] === "0") j++;
      if (endA - i !== endB - j) return endA - i < endB - j ? -1 : 1;
      for (; i < endA; i++, j++) if (a[i] !== b[j]) return a[i]! < b[j]! ? -1 : 1;
      j = endB;
      continue;
    }
    const [rankA, rankB] = [plainRank(a, i), plainRank(b, j)];
    if (rankA !== rankB) return rankA < rankB ? -1 : 1;
    i++;
    j++;
  }
  const [restA, restB] = [a.length - i, b.length - j];
  return restA === restB ? 0 : restA < restB ? -1 : 1;
}

function plainRank(text: string, index: number): number {
  const char = text[index]!;
  return PUNCTUATION_RANK[char] ?? (isDigit(char.charCodeAt(0)) ? DIGIT_RANK : DIGIT_RANK + char.charCodeAt(0));
}

/**
 * File names in natural order ("v2" before "v10"), as people number versions: ICU's collation for
 * English with numeric ordering. One collator for every comparison (`localeCompare` with options
 * builds one per call, ~2 µs each), built on first use, and only for names that are not plain.
 */
export function naturalOrder(a: string, b: string): number {
  if (PLAIN_NAME.test(a) && PLAIN_NAME.test(b)) return plainNaturalOrder(a, b);
  collator ??= new Intl.Collator("en", { numeric: true });
  return collator.compare(a, b);
}
