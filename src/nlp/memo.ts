/**
 * A text function remembered by its argument: the builder asks for the folded form of the same few hundred words
 * hundreds of thousands of times in a long article. The memory is bounded (forgotten whole when full).
 */
export function memoizeText(fn: (text: string) => string, max = 50_000): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    let out = known.get(text);
    if (out === undefined) {
      if (known.size >= max) known.clear();
      out = fn(text);
      known.set(text, out);
    }
    return out;
  };
}
