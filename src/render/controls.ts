import type { Comparison, Pair, Side } from "../model.js";

/**
 * Control characters: C0, DEL and C1. Written raw to a terminal they are commands, not text (an
 * article or a file name could clear the screen, retitle the window or move the cursor back over
 * what was printed), and in a diff they are changes a reader must see. Text keeps its tabs and
 * line feeds, which the layout handles; a path or a message is one line and shows them too.
 */
// Unicode's control characters (\p{Cc}) are these 65 and will stay so (its stability policy
// fixes the class): spelled out, the patterns cost nothing to build, where \p{Cc} cost ~0.4 ms.
const TEXT_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const TEXT_CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const LINE_CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
const LINE_CONTROLS = /[\u0000-\u001F\u007F-\u009F]/g;

/** Unicode's picture for a C0 control or DEL (␛ for ESC); C1 controls have none and read <U+0085>. */
function picture(control: string): string {
  const code = control.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return "\u2421";
  return `<U+${code.toString(16).toUpperCase().padStart(4, "0")}>`;
}

/** Text with its control characters but tab and line feed shown as visible symbols. */
export function visibleControls(text: string): string {
  return TEXT_CONTROL.test(text) ? text.replace(TEXT_CONTROLS, picture) : text;
}

/** A path, title or message, on one line, with every control character shown as a symbol. */
export function visibleLine(text: string): string {
  return LINE_CONTROL.test(text) ? text.replace(LINE_CONTROLS, picture) : text;
}

function visibleSide(side: Side): Side {
  const title = side.title === null ? null : visibleLine(side.title);
  return { ...side, path: visibleLine(side.path), sentences: side.sentences.map(visibleControls), title };
}

function visiblePair(pair: Pair): Pair {
  return {
    ...pair,
    tokens: pair.tokens.map((token) => ({ ...token, text: visibleControls(token.text) })),
    ...(pair.changes && {
      changes: pair.changes.map((change) => ({ ...change, old: change.old === null ? null : visibleLine(change.old), new: change.new === null ? null : visibleLine(change.new) })),
    }),
  };
}

/**
 * The comparison as the terminal-like views show it: paths, sentences and tokens with control
 * characters made visible. The same object when there are none, as in nearly all copy (one test
 * per sentence; tokens are pieces of their pair's sentences).
 */
export function withVisibleControls(comparison: Comparison): Comparison {
  const sides = [comparison.old, comparison.new];
  const hasControl = sides.some(
    (side) => LINE_CONTROL.test(side.path) || (side.title !== null && LINE_CONTROL.test(side.title)) || side.sentences.some((sentence) => TEXT_CONTROL.test(sentence)),
  );
  if (!hasControl) return comparison;
  return {
    ...comparison,
    old: visibleSide(comparison.old),
    new: visibleSide(comparison.new),
    pairs: comparison.pairs.map(visiblePair),
    headline: comparison.headline === null ? null : visiblePair(comparison.headline),
  };
}
