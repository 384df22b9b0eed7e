import type { Comparison } from "../model.js";
import { isNarrowText, measureWith, type Measure } from "../render/layout.js";

let wide: Measure | undefined;

function needsWide(comparison: Comparison): boolean {
  const texts = [comparison.old.path, comparison.new.path, ...comparison.old.sentences, ...comparison.new.sentences];
  return !texts.every(isNarrowText);
}

/**
 * The display-width measure for rendering one comparison. string-width (and the ICU segmenter it
 * builds when loaded, ~12 ms) is imported only once some text is more than printable ASCII.
 */
export async function measureFor(comparison: Comparison): Promise<Measure> {
  if (!wide && needsWide(comparison)) wide = (await import("string-width")).default;
  return measureWith(wide);
}
