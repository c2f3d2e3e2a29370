/**
 * `compute` memoized by key, up to `limit` entries; when full, the memo starts again. For caches
 * of words, names and numbers, where the recent ones come back and clearing costs less than
 * keeping track of recency. `compute` must never return undefined (read as "not memoized").
 */
export function boundedMemo<K, V>(limit: number, compute: (key: K) => V): (key: K) => V {
  const memo = new Map<K, V>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      value = compute(key);
      if (memo.size >= limit) memo.clear();
      memo.set(key, value);
    }
    return value;
  };
}
