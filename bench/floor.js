#!/usr/bin/env node
// The least a node program can do and still write what `newsdiff --format json` writes: read the
// two files, cut them into sentences with one regular expression, and write, indented, a document
// of one equal pair per sentence with its text as the one token. No normalizing, no aligning, no
// word diff, no classifying. `npm run bench` times it beside newsdiff and wdiff: where this program
// alone is slower than a peer, no node program that writes our JSON can be as fast as that peer.
// Given two directories, it does the same for every file of the first, paired by name.
import { readdirSync, readFileSync, statSync, writeSync } from "node:fs";
import { join } from "node:path";

const SENTENCE_END = /(?<=[.!?])\s+/u;

function document(oldText, newText) {
  const oldSentences = oldText.split(SENTENCE_END);
  const newSentences = newText.split(SENTENCE_END);
  const pairs = oldSentences.map((text, index) => ({ op: "equal", old: [index], new: [index], similarity: 1, tokens: [{ op: "equal", text }], kinds: [] }));
  return JSON.stringify({ version: 1, old: { sentences: oldSentences }, new: { sentences: newSentences }, pairs }, null, 2);
}

const [oldPath, newPath] = process.argv.slice(2);
if (statSync(oldPath).isDirectory()) {
  for (const name of readdirSync(oldPath).sort()) {
    writeSync(1, document(readFileSync(join(oldPath, name), "utf8"), readFileSync(join(newPath, name), "utf8")));
  }
} else {
  writeSync(1, document(readFileSync(oldPath, "utf8"), readFileSync(newPath, "utf8")));
}
