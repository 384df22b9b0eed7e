/**
 * `compute` remembered per argument: words repeat across a story and its versions, so each
 * distinct one is worked out once. Past `limit` entries everything is forgotten, which bounds the
 * memory of a run over a whole archive (a story has a few thousand distinct words).
 */
export function memoizedPerWord(compute: (word: string) => string, limit: number): (word: string) => string {
  const cache = new Map<string, string>();
  return (word) => {
    let value = cache.get(word);
    if (value === undefined) {
      if (cache.size >= limit) cache.clear();
      value = compute(word);
      cache.set(word, value);
    }
    return value;
  };
}
