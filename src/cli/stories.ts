import { basename, dirname, extname } from "node:path";
import { naturalOrder } from "../text/collate.js";

export interface Version {
  path: string;
  date: string | null;
}

export interface Story {
  story: string;
  /** The story's files by name; their dates are read with them (see cli/jobs.ts). */
  paths: string[];
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

/** Groups files into stories, stories and their files in natural order of names. */
export function groupStories(paths: readonly string[], pattern: RegExp | null): Story[] {
  const stories = new Map<string, string[]>();
  for (const path of paths) {
    const key = storyKey(path, pattern);
    const list = stories.get(key);
    if (list) list.push(path);
    else stories.set(key, [path]);
  }
  return [...stories].sort(([a], [b]) => naturalOrder(a, b)).map(([story, list]) => ({ story, paths: list.sort(naturalOrder) }));
}
