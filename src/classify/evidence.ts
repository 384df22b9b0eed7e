import { KINDS, type Evidence, type Kind } from "../model.js";

/** What classifying a pair found: its kinds, most serious first, and the spans that gave each. */
export interface Classification {
  kinds: Kind[];
  changes: Evidence[];
}

export const NO_KINDS: Classification = { kinds: [], changes: [] };

/** A side's text as evidence: trimmed, or null when that side has nothing there. */
export function spanText(text: string | null): string | null {
  if (text === null) return null;
  const trimmed = text.trim();
  return trimmed === "" ? (text === "" ? null : text) : trimmed;
}

/** Collects kinds and their evidence, each piece of evidence once. */
export class Findings {
  private readonly found = new Map<string, Evidence>();
  private readonly kinds = new Set<Kind>();

  add(kind: Kind, oldText: string | null, newText: string | null): void {
    this.kinds.add(kind);
    const evidence: Evidence = { kind, old: spanText(oldText), new: spanText(newText) };
    const key = `${kind}\u0000${evidence.old}\u0000${evidence.new}`;
    if (!this.found.has(key)) this.found.set(key, evidence);
  }

  get size(): number {
    return this.kinds.size;
  }

  result(): Classification {
    const kinds = KINDS.filter((kind) => this.kinds.has(kind));
    const order = new Map(kinds.map((kind, index) => [kind, index]));
    // Most serious kind first, then in the order found (reading order within a pair).
    const changes = [...this.found.values()].sort((a, b) => order.get(a.kind)! - order.get(b.kind)!);
    return { kinds, changes };
  }
}
