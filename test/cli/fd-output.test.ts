import { describe, expect, it } from "vitest";
import { CHUNK_BYTES, FdOutput, type FdWriter } from "../../src/cli/fd-output.js";

/** A descriptor that takes at most `perCall` bytes a call and, past `capacity` bytes, would block (EAGAIN). */
function descriptor({ perCall = Infinity, capacity = Infinity, failWith }: { perCall?: number; capacity?: number; failWith?: string } = {}) {
  const written: number[] = [];
  const streamed: (string | Uint8Array)[] = [];
  let calls = 0;
  const writer: FdWriter = {
    write(bytes, offset, length) {
      calls += 1;
      if (failWith) throw Object.assign(new Error(failWith), { code: failWith });
      const room = capacity - written.length;
      if (room <= 0) throw Object.assign(new Error("EAGAIN: resource temporarily unavailable"), { code: "EAGAIN" });
      const count = Math.min(length, perCall, room);
      for (let k = 0; k < count; k++) written.push(bytes[offset + k]!);
      return count;
    },
    stream: () => ({ write: (data: string | Uint8Array) => streamed.push(typeof data === "string" ? data : Uint8Array.from(data)) }),
  };
  const bytes = () => Buffer.concat([Buffer.from(written), ...streamed.map((part) => (typeof part === "string" ? Buffer.from(part) : Buffer.from(part)))]);
  return { writer, bytes, streamed, calls: () => calls };
}

// Characters of one to four UTF-8 bytes, so that chunk ends fall inside characters.
const MIXED = "Wire copy — “quoted” naïve 東京 👍 ";

describe("FdOutput", () => {
  it("writes a text longer than a chunk as UTF-8, byte for byte as Buffer.from gives it", () => {
    const text = MIXED.repeat(Math.ceil((3 * CHUNK_BYTES) / MIXED.length));
    const fd = descriptor();
    new FdOutput(fd.writer).write(text);
    expect(fd.bytes().equals(Buffer.from(text))).toBe(true);
    expect(fd.calls()).toBeGreaterThan(3);
  });

  it("goes on where a write stopped short", () => {
    const text = MIXED.repeat(500);
    const fd = descriptor({ perCall: 1000 });
    const output = new FdOutput(fd.writer);
    output.write(text);
    output.write("end\n");
    expect(fd.bytes().toString()).toBe(`${text}end\n`);
  });

  it("writes a lone surrogate as U+FFFD, as node's streams do", () => {
    const fd = descriptor();
    new FdOutput(fd.writer).write("a\ud800b");
    expect(fd.bytes().equals(Buffer.from("a\ud800b"))).toBe(true);
    expect(fd.bytes().toString()).toBe("a\ufffdb");
  });

  it("hands the rest to the stream once the descriptor would block, and every later text", () => {
    const text = MIXED.repeat(3000);
    const fd = descriptor({ capacity: 70_000, perCall: 4096 });
    const output = new FdOutput(fd.writer);
    output.write(text);
    const callsWhenBlocked = fd.calls();
    output.write("later\n");
    expect(fd.calls()).toBe(callsWhenBlocked);
    expect(fd.streamed.at(-1)).toBe("later\n");
    expect(fd.bytes().toString()).toBe(`${text}later\n`);
  });

  it("copies the unwritten bytes it hands on: the chunk they were in is reused", () => {
    const fd = descriptor({ capacity: 10 });
    const output = new FdOutput(fd.writer);
    output.write("0123456789abcdef");
    expect(Buffer.from(fd.streamed[0] as Uint8Array).toString()).toBe("abcdef");
    expect(fd.streamed[0]).toBeInstanceOf(Uint8Array);
    expect((fd.streamed[0] as Uint8Array).buffer.byteLength).toBe(6);
  });

  it("lets any other failure through, and writes nothing for an empty text", () => {
    const empty = descriptor();
    new FdOutput(empty.writer).write("");
    expect(empty.calls()).toBe(0);
    expect(() => new FdOutput(descriptor({ failWith: "EBADF" }).writer).write("x")).toThrow("EBADF");
  });
});
