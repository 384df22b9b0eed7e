import { basename, dirname, extname } from "node:path";
import { naturalOrder } from "../text/collate.js";

export interface Version {
  path: string;
  date: string | null;
}

export interface Story {
  story: string;
  versions: Version[];
}

/** A trailing version or sequence part of a file name: "-v2", "_003", ".rev4", " 2". */
const VERSION_SUFFIX = /[-_. ]*(?:v|ver|version|rev|r)?\d+$/iu;

/**
 * The story a file belongs to. With a pattern, its first capture group (or whole match) on the
 * path; by default the path without extension and without a trailing version part.
 */
export function storyKey(path: string, pattern: RegExp | null): string {
  if (pattern) {
    const match = pattern.exec(path);
    if (match) return match[1] ?? match[0];
    return path;
  }
  const name = basename(path, extname(path));
  const stem = name.replace(VERSION_SUFFIX, "") || name;
  const folder = dirname(path);
  return folder === "." ? stem : `${folder}/${stem}`;
}

/** A story's versions by date header (undated last), then name in numeric order. */
export function orderVersions<V extends Version>(versions: readonly V[]): V[] {
  return [...versions].sort((a, b) => (a.date ?? "\uffff").localeCompare(b.date ?? "\uffff") || naturalOrder(a.path, b.path));
}

/** Groups files into stories, each story's versions ordered by `orderVersions`. */
export function groupStories(files: readonly Version[], pattern: RegExp | null): Story[] {
  const stories = new Map<string, Version[]>();
  for (const file of files) {
    const key = storyKey(file.path, pattern);
    const list = stories.get(key);
    if (list) list.push(file);
    else stories.set(key, [file]);
  }
  return [...stories].sort(([a], [b]) => naturalOrder(a, b)).map(([story, versions]) => ({ story, versions: orderVersions(versions) }));
}
