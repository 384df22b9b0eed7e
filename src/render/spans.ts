import type { Comparison, DiffToken, Pair, Removal } from "../model.js";
import { isReported } from "../gate.js";
import { paintLine, wrapSpans, wrappedLine, type Span, type Style } from "./layout.js";
import type { View } from "./view.js";

/** Tokens as styled spans; without colour the changes carry wdiff's `[-removed-]{+added+}` markers. */
export function tokenSpans(tokens: readonly DiffToken[], color: boolean): Span[] {
  return tokens.map((token) => {
    if (token.op === "equal") return { text: token.text, style: "plain" };
    const deleted = token.op === "delete";
    const text = color ? token.text : deleted ? `[-${token.text}-]` : `{+${token.text}+}`;
    return { text, style: deleted ? "delete" : "insert" };
  });
}

/** The tokens one side of a pair has: the unchanged ones and that side's own changes. */
export function sideTokens(tokens: readonly DiffToken[], side: "old" | "new"): DiffToken[] {
  const own = side === "old" ? "delete" : "insert";
  return tokens.filter((token) => token.op === "equal" || token.op === own);
}

/** A pair shown as context (unchanged, or changed only in ignored ways): its text as it now reads. */
export function contextText(pair: Pair): string {
  return sideTokens(pair.tokens, pair.new.length > 0 ? "new" : "old")
    .map((token) => token.text)
    .join("");
}

/** Sentence numbers as readers count them, from 1: "4,5". */
export function sentenceNumbers(indexes: readonly number[]): string {
  return indexes.map((index) => index + 1).join(",");
}

/** "3→3", "4→4,5", "7→·": the pair's sentence numbers, old then new. */
export function pairLabel(pair: Pair): string {
  const side = (indexes: readonly number[]) => (indexes.length === 0 ? "·" : sentenceNumbers(indexes));
  return `${side(pair.old)}→${side(pair.new)}`;
}

/** What follows a changed pair's words: "(moved from ¶2, split)" and its kinds "[quote number]". */
/** What a pair's op and shape say besides its words: "moved from ¶2", "merged", "split". */
export function pairNotes(comparison: Comparison, pair: Pair): string[] {
  const notes: string[] = [];
  if (pair.op === "moved") notes.push(movedFrom(comparison, pair));
  if (pair.old.length > 1) notes.push(joinNote("merged", pair.old));
  if (pair.new.length > 1) notes.push(joinNote("split into", pair.new));
  if (pair.degraded) notes.push("word diff capped");
  return notes;
}

/**
 * "merged" or "split" for two sentences side by side; the sentence numbers when the parts are
 * more than two or not next to each other ("merged 3 + 5": sentence 4 is elsewhere).
 */
function joinNote(verb: "merged" | "split into", indexes: readonly number[]): string {
  const adjacent = indexes.length === 2 && indexes[1]! === indexes[0]! + 1;
  if (adjacent) return verb === "merged" ? "merged" : "split";
  return `${verb} ${indexes.map((index) => index + 1).join(" + ")}`;
}

export function noteSpans(comparison: Comparison, pair: Pair): Span[] {
  const notes = pairNotes(comparison, pair);
  const spans: Span[] = notes.length > 0 ? [{ text: ` (${notes.join(", ")})`, style: "moved" }] : [];
  if (pair.kinds.length > 0) spans.push({ text: ` [${pair.kinds.join(" ")}]`, style: "tag" });
  return spans;
}

/** A side of a piece of evidence as it reads: the text, or ∅ for a side with nothing there. */
const evidenceSide = (text: string | null) => text ?? "∅";

/** The evidence for each of a pair's kinds, one line each: "number: 14 cts → 1.4 cts". */
export function evidenceSpans(pair: Pair): Span[][] {
  return (pair.changes ?? []).map((change) => [
    { text: `${change.kind}: `, style: "tag" },
    { text: evidenceSide(change.old), style: change.old === null ? "dim" : "delete" },
    { text: " → ", style: "dim" },
    { text: evidenceSide(change.new), style: change.new === null ? "dim" : "insert" },
  ]);
}

/** "number: 14 cts → 1.4 cts", as plain text (the github annotations' message). */
export function evidenceText(change: NonNullable<Pair["changes"]>[number]): string {
  return `${change.kind}: ${evidenceSide(change.old)} → ${evidenceSide(change.new)}`;
}

export function movedFrom(comparison: Comparison, pair: Pair): string {
  return `moved from ¶${comparison.old.paragraphs[pair.old[0]!]! + 1}`;
}

export const GUTTER: Record<Pair["op"], string> = { equal: " ", changed: "~", added: "+", removed: "-", moved: ">" };
export const GUTTER_STYLE = { equal: "dim", changed: "gutterChange", added: "gutterInsert", removed: "gutterDelete", moved: "moved" } as const satisfies Record<Pair["op"], Style>;

function countRules(removed: readonly Removal[]): string {
  const counts = new Map<string, number>();
  for (const removal of removed) counts.set(removal.rule, (counts.get(removal.rule) ?? 0) + 1);
  return [...counts].map(([rule, count]) => (count > 1 ? `${rule} ×${count}` : rule)).join(", ") || "nothing";
}

export function boilerplateLine(comparison: Comparison): string {
  return `boilerplate removed — old: ${countRules(comparison.old.removed)}; new: ${countRules(comparison.new.removed)}`;
}

/** Joins a count to its label with a no-break space, so that wrapping never parts them. */
const KEEP = "\u00a0";

export function summaryLine(comparison: Comparison): string {
  const { summary } = comparison;
  const counts = (["changed", "added", "removed", "moved", "equal"] as const).map((op) => `${summary[op]}${KEEP}${op}`).join(", ");
  const kinds = Object.entries(summary.kinds)
    .map(([kind, count]) => `${kind}${KEEP}${count}`)
    .join(", ");
  return `${counts} · similarity${KEEP}${summary.similarity.toFixed(2)}${kinds ? ` · kinds: ${kinds}` : ""}`;
}

export function headerLine(comparison: Comparison): string {
  const name = (side: Comparison["old"]) => (side.date ? `${side.path} (${side.date})` : side.path);
  return `${name(comparison.old)} → ${name(comparison.new)}`;
}

const HEADLINE_LABEL = "headline  ";

/**
 * One row of a folded view: `prefix` (painted in `style`) before its first line and as many spaces
 * before the rest, the spans wrapped to the width left, and, with --explain, the evidence for each
 * kind of `explained` indented two more.
 */
export function prefixedRow(prefix: string, style: Style, spans: Span[], view: View, explained: Pair | null): string[] {
  const indent = view.measure(prefix);
  const textWidth = view.width === null ? null : Math.max(10, view.width - indent);
  const lines = wrapSpans(spans, textWidth, view.measure).map((line, index) => (index === 0 ? view.paint(prefix, style) : " ".repeat(indent)) + paintLine(line, view.paint));
  if (view.explain && explained !== null) {
    const evidenceWidth = textWidth === null ? null : Math.max(10, textWidth - 2);
    for (const evidence of evidenceSpans(explained)) {
      for (const line of wrapSpans(evidence, evidenceWidth, view.measure)) lines.push(" ".repeat(indent + 2) + paintLine(line, view.paint));
    }
  }
  return lines;
}

/**
 * A web page's headline, before the body: its word diff and kinds when it changed in a way that
 * counts, else as it reads (dim). None for text files.
 */
export function headlineLines(comparison: Comparison, view: View): string[] {
  const headline = comparison.headline;
  if (headline === null) return [];
  const changed = isReported(headline, view.gate);
  const spans: Span[] = changed ? [...tokenSpans(headline.tokens, view.color), ...noteSpans(comparison, headline)] : [{ text: contextText(headline), style: "dim" }];
  return prefixedRow(HEADLINE_LABEL, changed ? GUTTER_STYLE[headline.op] : "dim", spans, view, changed ? headline : null);
}

/** The lines a folded view opens with: the two files, what boilerplate each lost, the headline. */
export function openingLines(comparison: Comparison, view: View): string[] {
  const lines = [wrappedLine(headerLine(comparison), "bold", view)];
  if (comparison.old.removed.length + comparison.new.removed.length > 0) lines.push(wrappedLine(boilerplateLine(comparison), "dim", view));
  lines.push(...headlineLines(comparison, view));
  return lines;
}

/** The lines a folded view closes with: "no differences" when it showed no change, and the summary. */
export function closingLines(comparison: Comparison, view: View, rowsShown: number): string[] {
  const headlineChanged = comparison.headline !== null && isReported(comparison.headline, view.gate);
  const lines = rowsShown === 0 && !headlineChanged ? [`no differences after normalization (${comparison.new.sentences.length} sentences)`] : [];
  return [...lines, wrappedLine(summaryLine(comparison), "bold", view)];
}
