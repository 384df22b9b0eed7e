import { closeSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { NewsdiffError, type NewsdiffErrorCode } from "../errors.js";
import type { Encoding } from "./decode.js";

export interface ReadOptions {
  maxSize: number;
  encoding: Encoding;
}

/** 64 MB: ten thousand times a long feature story, and still far below what node can hold. */
export const DEFAULT_MAX_SIZE = 64 * 1024 * 1024;

const SYSTEM_ERRORS: Record<string, [string, NewsdiffErrorCode]> = {
  ENOENT: ["no such file", "not-found"],
  EACCES: ["permission denied", "permission"],
  EPERM: ["permission denied", "permission"],
  EISDIR: ["is a directory", "is-directory"],
  ENOTDIR: ["not a directory on the path", "not-found"],
  ELOOP: ["too many symbolic links", "unreadable"],
  EMFILE: ["too many open files", "unreadable"],
};

export function describeSystemError(error: unknown, path: string): NewsdiffError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? "";
  const [text, kind] = SYSTEM_ERRORS[code] ?? [`cannot read: ${(error as Error | undefined)?.message ?? String(error)}`, "unreadable"];
  return new NewsdiffError(text, path, kind);
}

async function readStdin(maxSize: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxSize) throw new NewsdiffError(`input larger than --max-size ${maxSize} bytes`, "-", "too-large");
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function checkSize(path: string, size: number, options: Pick<ReadOptions, "maxSize">): void {
  if (size > options.maxSize) throw new NewsdiffError(`file is ${size} bytes, over --max-size ${options.maxSize}`, path, "too-large");
}

function readExactly(fd: number, size: number): Uint8Array {
  const bytes = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const count = readSync(fd, bytes, filled, size - filled, filled);
    if (count === 0) break;
    filled += count;
  }
  return bytes.subarray(0, filled);
}

/**
 * Files are read with blocking calls: for a pair it saves starting libuv's thread pool, which costs
 * more than reading two articles, and in the many-file modes reading without blocking measured
 * slower (the thread pool competes with the diff for the cores; docs/performance.md).
 */
function readBytesSync(path: string, options: Pick<ReadOptions, "maxSize">): Uint8Array {
  // The size comes from the open file, not from a second lookup of its path: one lookup fewer
  // per file, and the size checked is the size of the file read.
  const fd = openSync(path, "r");
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new NewsdiffError("is a directory", path, "is-directory");
    checkSize(path, info.size, options);
    // A regular file is read to the size just checked (readFileSync would ask the size again); a
    // pipe or a device says 0 and is read to its end.
    return info.isFile() && info.size > 0 ? readExactly(fd, info.size) : readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Reads one file's bytes; every failure is a NewsdiffError naming the path. The size is checked before the bytes are read. */
export function readFileBytes(path: string, options: Pick<ReadOptions, "maxSize">): Uint8Array {
  try {
    return readBytesSync(path, options);
  } catch (error) {
    if (error instanceof NewsdiffError) throw error;
    throw describeSystemError(error, path);
  }
}

/** Reads one input's bytes, where `-` is standard input. */
export async function readInputBytes(path: string, options: Pick<ReadOptions, "maxSize">): Promise<Uint8Array> {
  return path === "-" ? readStdin(options.maxSize) : readFileBytes(path, options);
}
