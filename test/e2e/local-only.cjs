// Required into a CLI run by tests against the stand-in archive (NODE_OPTIONS=--require): any
// fetch to another host than 127.0.0.1 fails the run, so that no test reaches the real archive.
"use strict";
const realFetch = globalThis.fetch;
globalThis.fetch = (input, init) => {
  const url = new URL(typeof input === "string" ? input : input.url);
  if (url.hostname !== "127.0.0.1") throw new Error(`test run tried to reach ${url.href}`);
  return realFetch(input, init);
};
