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

/**
 * `build`'s value, built at the first call and kept. For regular expressions with Unicode property
 * escapes (`\p{L}`) that most runs never use: V8 builds such a pattern's character ranges from ICU's
 * tables when the expression is created, 40-400 µs each (12 of them at the bundle's start were
 * ~1.7 ms, a twentieth of a small pair's time above node's start-up).
 */
export function onFirstUse<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}
