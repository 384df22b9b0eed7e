// `--pairs-from FILE|-`: one job a line, as a batch engine (GNU parallel, xargs, Hadoop Streaming,
// Spark's RDD.pipe) would feed them. Pure: lines in, jobs and complaints out.
import type { Job } from "./jobs.js";

export interface JobLine {
  /** 1-based line of the input. */
  line: number;
  job: Job;
}

export interface BadLine {
  line: number;
  message: string;
}

function fromJson(text: string): Job | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return "not valid JSON";
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "a JSON line must be an object";
  const record = value as Record<string, unknown>;
  const isPath = (item: unknown): item is string => typeof item === "string" && item !== "";
  if ("versions" in record) {
    const { story, versions } = record;
    if (!Array.isArray(versions) || !versions.every(isPath)) return '"versions" must be a list of paths';
    if (versions.length < 2) return "a story needs two versions or more";
    if (story !== undefined && typeof story !== "string") return '"story" must be a string';
    return { kind: "story", story: (story as string | undefined) ?? versions[0]!, paths: versions };
  }
  if (!isPath(record.old) || !isPath(record.new)) return 'a JSON line needs "old" and "new" paths, or "versions"';
  return { kind: "pair", old: record.old, new: record.new };
}

/**
 * The jobs of an input: each non-blank line is `OLD<TAB>NEW`, a JSON object {"old": …, "new": …},
 * or {"story": …, "versions": [ … ]}. Lines that are none of these are returned with their
 * number, and the rest still run.
 */
export function parseJobLines(text: string): { jobs: JobLine[]; bad: BadLine[] } {
  const jobs: JobLine[] = [];
  const bad: BadLine[] = [];
  const lines = text.split(/\r?\n/u);
  if (lines[lines.length - 1] === "") lines.pop();
  lines.forEach((raw, index) => {
    const line = index + 1;
    const text = raw.trim();
    if (text === "") return;
    if (text.startsWith("{")) {
      const job = fromJson(text);
      if (typeof job === "string") bad.push({ line, message: job });
      else jobs.push({ line, job });
      return;
    }
    const fields = raw.split("\t");
    if (fields.length !== 2 || fields[0] === "" || fields[1] === "") {
      bad.push({ line, message: "expected OLD<TAB>NEW, or a JSON object" });
      return;
    }
    jobs.push({ line, job: { kind: "pair", old: fields[0]!, new: fields[1]! } });
  });
  return { jobs, bad };
}
