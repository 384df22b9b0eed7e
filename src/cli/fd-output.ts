// Standard output and error written straight to their file descriptors, unless they are a terminal.
//
// Node's process.stdout is a stream object, made the first time it is read: for a pipe it loads
// node's net and stream layers, 2-7 ms of a run whose whole work on a small pair is ~15 ms
// (docs/performance.md, "What paid in the fourth session"). Each write also encodes the whole text into
// a new buffer: the JSON of a 20,000-word story is 0.77 MB, a fresh 0.77 MB of memory, and on the
// machine we measure on every new 4 KB page is a ~11 µs fault (~2.5 ms of that story's run).
// Here a text is encoded a chunk at a time into one buffer that every write reuses.
//
// Every write is synchronous, as node's own were for files and, on Linux, pipes (on macOS its pipes
// were asynchronous), so output and warnings keep their order. A descriptor that another process
// left non-blocking can refuse a write (EAGAIN) when its reader is slow: then the rest of that
// text, and everything after it, goes through node's stream, which waits for the reader.

import { fstatSync, statSync, writeSync } from "node:fs";

/** The calls this writer makes, so that tests can refuse and cut writes as a busy pipe does. */
export interface FdWriter {
  /** As node:fs writeSync(fd, bytes, offset, length): the count of bytes written. */
  write(bytes: Uint8Array, offset: number, length: number): number;
  /** The stream to go on with once the descriptor would block: node's process.stdout. */
  stream(): { write(data: string | Uint8Array): unknown };
}

/**
 * 64 KB: a pipe's whole buffer on Linux, so a pipe takes a chunk in one call; and enough for most
 * writes of a run in one chunk (a JSON item of a pair is a few KB).
 */
export const CHUNK_BYTES = 64 * 1024;

export class FdOutput {
  readonly isTTY = false;
  private readonly encoder = new TextEncoder();
  private chunk: Uint8Array | null = null;
  /** Once set, every write goes to this stream (see the file's comment). */
  private fallback: { write(data: string | Uint8Array): unknown } | null = null;

  constructor(private readonly writer: FdWriter) {}

  write(text: string): boolean {
    if (this.fallback !== null) {
      this.fallback.write(text);
      return true;
    }
    // Not zero-filled: every byte written is first encoded into it.
    const chunk = (this.chunk ??= Buffer.allocUnsafeSlow(CHUNK_BYTES));
    let rest = text;
    while (rest.length > 0) {
      // encodeInto never splits a character: a chunk ends on a whole one, and a lone surrogate is
      // written as U+FFFD, as Buffer.from(text) writes it.
      const { read, written } = this.encoder.encodeInto(rest, chunk);
      const unwritten = this.writeBytes(chunk, written);
      rest = read < rest.length ? rest.slice(read) : "";
      if (unwritten !== null) {
        // The stream keeps what it is given until the reader takes it: a copy, as the chunk is reused.
        this.fallback = this.writer.stream();
        this.fallback.write(unwritten.slice());
        if (rest.length > 0) this.fallback.write(rest);
        return true;
      }
    }
    return true;
  }

  /** Writes `length` bytes of `bytes`; returns the part not written when the descriptor would block, else null. */
  private writeBytes(bytes: Uint8Array, length: number): Uint8Array | null {
    let offset = 0;
    while (offset < length) {
      try {
        offset += this.writer.write(bytes, offset, length - offset);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "EAGAIN") return bytes.subarray(offset, length);
        throw error;
      }
    }
    return null;
  }
}

/** One of the process's standard outputs, as cli.ts hands it over: the only code here that touches the process. */
export interface StandardDescriptor {
  fd: 1 | 2;
  /** Node's stream for the descriptor (process.stdout or process.stderr), made on first call. */
  stream(): NodeJS.WriteStream;
  /** What a failed write does (a broken pipe ends the run quietly); returns only by throwing. */
  failed(error: NodeJS.ErrnoException): never;
}

function isNullDevice(rdev: number): boolean {
  try {
    return statSync("/dev/null").rdev === rdev;
  } catch {
    return false;
  }
}

/**
 * A terminal needs node's stream: it knows its width and colours. Any other output is written to
 * its descriptor: a file, a pipe, a socket, and /dev/null, the one character device told apart
 * (by its device number) without making the stream. A descriptor that cannot be looked at is left to node.
 */
function mayBeTerminal(fd: number): boolean {
  try {
    const info = fstatSync(fd);
    return info.isCharacterDevice() && !isNullDevice(info.rdev);
  } catch {
    return true;
  }
}

function descriptorOutput(descriptor: StandardDescriptor): FdOutput {
  return new FdOutput({
    write(bytes, offset, length) {
      try {
        return writeSync(descriptor.fd, bytes, offset, length);
      } catch (error) {
        return descriptor.failed(error as NodeJS.ErrnoException);
      }
    },
    stream: () => descriptor.stream(),
  });
}

/**
 * Windows keeps node's streams: its console handles and named pipes are libuv's to write there,
 * and the descriptor path is tested on Linux only.
 */
const ALWAYS_STREAMS = process.platform === "win32";

/** Standard output: node's stream on a terminal, else its descriptor. */
export function standardOutput(descriptor: StandardDescriptor): FdOutput | NodeJS.WriteStream {
  return ALWAYS_STREAMS || (mayBeTerminal(descriptor.fd) && descriptor.stream().isTTY) ? descriptor.stream() : descriptorOutput(descriptor);
}

/** Standard error: its descriptor, or on what may be a terminal node's stream, made at the first warning, if ever. */
export function standardError(descriptor: StandardDescriptor): { write(text: string): unknown; readonly isTTY: boolean } {
  if (!ALWAYS_STREAMS && !mayBeTerminal(descriptor.fd)) return descriptorOutput(descriptor);
  return {
    write: (text: string) => descriptor.stream().write(text),
    get isTTY() {
      return descriptor.stream().isTTY;
    },
  };
}
