// jsdiff's search for the shortest edit script (Myers's algorithm as jsdiff 8 runs it, with its
// choices where scripts tie), over arrays compared with ===, keeping its paths in typed arrays.
//
// Why not jsdiff's diffArrays: it keeps each search path as an object and each run of a path as
// another, in an array indexed from -D to D (negative indexes are a dictionary's keys to V8), and
// builds every run's values afterwards. On the 524 changed sentence pairs of the real Reuters
// pairs, this search takes 4.5 ms warm where jsdiff's takes 15, and allocates almost nothing where
// jsdiff's allocated 7.7 of the run's 90 MB (docs/performance.md, "The tenth session"). Its
// scripts are jsdiff's, run for run: test/diff/myers.test.ts holds them to jsdiff's own on random
// arrays with many ties.

/** A run of an edit script: `count` items added, removed, or kept (neither). */
export interface EditRun {
  count: number;
  added: boolean;
  removed: boolean;
}

const KEPT = 0;
const ADDED = 1;
const REMOVED = 2;
/** A search path slot that holds no path. */
const NO_PATH = -2;
/** The run list's end (a path with no runs yet). */
const NO_RUN = -1;

// The runs of every path, as a linked list in three arrays: each path's last run points to the run
// before it, and paths share their older runs. Kept between searches and grown when needed, so that
// a search allocates only its two rows of path slots.
let runCount = new Int32Array(1024);
let runKind = new Uint8Array(1024);
let runBefore = new Int32Array(1024);
let runsUsed = 0;

function addRun(count: number, kind: number, before: number): number {
  if (runsUsed === runCount.length) {
    const grow = <T extends Int32Array | Uint8Array>(array: T, bigger: T): T => {
      bigger.set(array);
      return bigger;
    };
    runCount = grow(runCount, new Int32Array(runsUsed * 2));
    runKind = grow(runKind, new Uint8Array(runsUsed * 2));
    runBefore = grow(runBefore, new Int32Array(runsUsed * 2));
  }
  runCount[runsUsed] = count;
  runKind[runsUsed] = kind;
  runBefore[runsUsed] = before;
  return runsUsed++;
}

function script(last: number): EditRun[] {
  const runs: EditRun[] = [];
  for (let run = last; run !== NO_RUN; run = runBefore[run]!) runs.push({ count: runCount[run]!, added: runKind[run] === ADDED, removed: runKind[run] === REMOVED });
  return runs.reverse();
}

/**
 * The edit script that turns `oldItems` into `newItems`, as jsdiff's diffArrays gives it (its runs'
 * counts and sides), or null when it needs more than `maxEditLength` edits.
 */
export function editScript<T>(oldItems: ArrayLike<T>, newItems: ArrayLike<T>, maxEditLength: number): EditRun[] | null {
  const oldLength = oldItems.length;
  const newLength = newItems.length;
  const maxEdits = Math.min(oldLength + newLength, maxEditLength);
  // Path slots by diagonal (-maxEdits - 1 … maxEdits + 1): how far along the old side each path
  // has come, and its last run.
  const offset = maxEdits + 1;
  const pathOld = new Int32Array(2 * offset + 1);
  const pathLast = new Int32Array(2 * offset + 1).fill(NO_PATH);
  runsUsed = 0;

  // The path being extended: along the old side, its last run, and along the new side.
  let oldAt = -1;
  let last = NO_RUN;
  let newAt = -1;
  // Items both sides share from the start.
  while (newAt + 1 < newLength && oldAt + 1 < oldLength && oldItems[oldAt + 1] === newItems[newAt + 1]) {
    oldAt++;
    newAt++;
  }
  if (oldAt >= 0) last = addRun(oldAt + 1, KEPT, NO_RUN);
  if (oldAt + 1 >= oldLength && newAt + 1 >= newLength) return script(last);
  pathOld[offset] = oldAt;
  pathLast[offset] = last;

  // Past the edge of the edit graph on a diagonal, the diagonals beyond it need more edits: jsdiff
  // stops considering them (see its comment on minDiagonalToConsider).
  let minDiagonal = -Infinity;
  let maxDiagonal = Infinity;
  for (let edits = 1; edits <= maxEdits; edits++) {
    for (let diagonal = Math.max(minDiagonal, -edits); diagonal <= Math.min(maxDiagonal, edits); diagonal += 2) {
      const removeSlot = offset + diagonal - 1;
      const addSlot = offset + diagonal + 1;
      const removeLast = pathLast[removeSlot]!;
      const addLast = pathLast[addSlot]!;
      const removeOld = pathOld[removeSlot]!;
      const addOld = pathOld[addSlot]!;
      if (removeLast !== NO_PATH) pathLast[removeSlot] = NO_PATH;
      const canAdd = addLast !== NO_PATH && addOld - diagonal >= 0 && addOld - diagonal < newLength;
      const canRemove = removeLast !== NO_PATH && removeOld + 1 < oldLength;
      if (!canAdd && !canRemove) {
        pathLast[offset + diagonal] = NO_PATH;
        continue;
      }
      // From the path that has come further along the old side, as jsdiff chooses.
      let from: number;
      let kind: number;
      if (!canRemove || (canAdd && removeOld < addOld)) {
        oldAt = addOld;
        from = addLast;
        kind = ADDED;
      } else {
        oldAt = removeOld + 1;
        from = removeLast;
        kind = REMOVED;
      }
      last = from !== NO_RUN && runKind[from] === kind ? addRun(runCount[from]! + 1, kind, runBefore[from]!) : addRun(1, kind, from);
      newAt = oldAt - diagonal;
      const keptFrom = oldAt;
      while (newAt + 1 < newLength && oldAt + 1 < oldLength && oldItems[oldAt + 1] === newItems[newAt + 1]) {
        oldAt++;
        newAt++;
      }
      if (oldAt > keptFrom) last = addRun(oldAt - keptFrom, KEPT, last);
      if (oldAt + 1 >= oldLength && newAt + 1 >= newLength) return script(last);
      pathOld[offset + diagonal] = oldAt;
      pathLast[offset + diagonal] = last;
      if (oldAt + 1 >= oldLength) maxDiagonal = Math.min(maxDiagonal, diagonal - 1);
      if (newAt + 1 >= newLength) minDiagonal = Math.max(minDiagonal, diagonal + 1);
    }
  }
  return null;
}
