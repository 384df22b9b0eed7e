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
  private readonly found: Evidence[] = [];
  private readonly kinds = new Set<Kind>();

  add(kind: Kind, oldText: string | null, newText: string | null): void {
    this.kinds.add(kind);
    const old = spanText(oldText);
    const new_ = spanText(newText);
    // A pair holds a few pieces of evidence (a changed token gives one at most, and past
    // MAX_CLASSIFY_EDITS the pair gives one in all): a scan finds a repeat, where a key joined of
    // the three texts copied both sides' spans for each piece (3 MB of the 93 MB the real pairs allocated).
    for (let k = 0; k < this.found.length; k++) {
      const seen = this.found[k]!;
      if (seen.kind === kind && seen.old === old && seen.new === new_) return;
    }
    this.found.push({ kind, old, new: new_ });
  }

  has(kind: Kind): boolean {
    return this.kinds.has(kind);
  }

  get size(): number {
    return this.kinds.size;
  }

  /** The kinds, most serious first, and the evidence by kind in the same order, in the order found (reading order within a pair) within a kind. */
  result(): Classification {
    const kinds = KINDS.filter((kind) => this.kinds.has(kind));
    const changes: Evidence[] = [];
    for (let k = 0; k < kinds.length; k++) {
      for (let e = 0; e < this.found.length; e++) if (this.found[e]!.kind === kinds[k]) changes.push(this.found[e]!);
    }
    return { kinds, changes };
  }
}
