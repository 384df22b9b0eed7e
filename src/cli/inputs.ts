import { statSync } from "node:fs";
import { join } from "node:path";
import { NewsdiffError } from "../errors.js";
import { describeSystemError } from "../load/read.js";
import { naturalOrder } from "../text/collate.js";
import { loadGlob } from "./glob-module.js";

/** Article files are text files and saved web pages; these are the extensions a directory walk takes. */
const ARTICLE_EXTENSIONS = ["txt", "text", "md", "html", "htm"];
const ARTICLE_GLOB = `**/*.{${ARTICLE_EXTENSIONS.join(",")}}`;
/** The same names, as messages give them. */
export const ARTICLE_NAMES = ARTICLE_EXTENSIONS.map((extension) => `*.${extension}`).join(", ");

export function isDirectory(path: string): boolean {
  if (path === "-") return false;
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

// fast-glob's blocking walk is used, as for reading files: node's thread pool would compete with the diff.

/**
 * The files that globs match. Symbolic links are not followed into directories, as git and
 * ripgrep do not follow them: a link to a parent directory made fast-glob walk the same tree again
 * at every level, ~40 deep, listing each file at each. A link to a file is an article like any
 * other and is kept (fast-glob, not following links, would call it neither file nor directory).
 */
function walk(fg: ReturnType<typeof loadGlob>, globs: string[], options: { cwd?: string; suppressErrors: boolean }): string[] {
  const files: string[] = [];
  const entries = fg.sync(globs, { ...options, onlyFiles: false, followSymbolicLinks: false, dot: false, objectMode: true });
  for (const { path, dirent } of entries) {
    if (dirent.isFile() || (dirent.isSymbolicLink() && isFile(options.cwd === undefined ? path : join(options.cwd, path)))) files.push(path);
  }
  return files;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Files named by globs or directories (walked for article files), sorted, each once. A pattern that
 * matches nothing is an error naming it: a mistyped path among others would otherwise drop out of
 * a history unseen.
 */
export function expandInputs(patterns: readonly string[]): string[] {
  const fg = loadGlob();
  const found = new Set<string>();
  for (const pattern of patterns) {
    const globs = isDirectory(pattern) ? [`${fg.convertPathToPattern(pattern)}/${ARTICLE_GLOB}`] : [pattern];
    const matched = walk(fg, globs, { suppressErrors: true });
    if (matched.length === 0) throw new NewsdiffError("no article files match", pattern, "no-match");
    for (const path of matched) found.add(path);
  }
  return [...found].sort(naturalOrder);
}

export interface DirectoryPairs {
  both: { relative: string; old: string; new: string }[];
  onlyOld: { relative: string; path: string }[];
  onlyNew: { relative: string; path: string }[];
}

/** Files of two directories paired by relative path, as `diff -r` pairs them. */
export function pairDirectories(oldDir: string, newDir: string): DirectoryPairs {
  const fg = loadGlob();
  const list = (dir: string) => {
    try {
      return new Set(walk(fg, [ARTICLE_GLOB], { cwd: dir, suppressErrors: false }));
    } catch (error) {
      throw describeSystemError(error, dir);
    }
  };
  const [oldFiles, newFiles] = [list(oldDir), list(newDir)];
  const sorted = (items: Iterable<string>) => [...items].sort(naturalOrder);
  return {
    both: sorted([...oldFiles].filter((file) => newFiles.has(file))).map((file) => ({ relative: file, old: join(oldDir, file), new: join(newDir, file) })),
    onlyOld: sorted([...oldFiles].filter((file) => !newFiles.has(file))).map((file) => ({ relative: file, path: join(oldDir, file) })),
    onlyNew: sorted([...newFiles].filter((file) => !oldFiles.has(file))).map((file) => ({ relative: file, path: join(newDir, file) })),
  };
}
