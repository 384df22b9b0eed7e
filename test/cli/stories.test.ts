import { describe, expect, it } from "vitest";
import { groupStories, orderVersions, storyKey } from "../../src/cli/stories.js";

describe("storyKey", () => {
  it.each([
    ["archive/port-v1.txt", "archive/port"],
    ["archive/port_v12.txt", "archive/port"],
    ["archive/port.003.txt", "archive/port"],
    ["archive/port-rev4.txt", "archive/port"],
    ["archive/port 2.txt", "archive/port"],
    ["port.txt", "port"],
    ["2026.txt", "2026"],
  ])("%s → %s", (path, key) => {
    expect(storyKey(path, null)).toBe(key);
  });

  it("takes the first group of --story, or the whole match", () => {
    expect(storyKey("reuters/004/old.txt", /^(.*)\//u)).toBe("reuters/004");
    expect(storyKey("a/story-x-part.txt", /story-\w/u)).toBe("story-x");
    expect(storyKey("unmatched.txt", /zzz/u)).toBe("unmatched.txt");
  });
});

describe("groupStories", () => {
  it("groups files into stories, stories and files in numeric order of names", () => {
    const stories = groupStories(["s-v10.txt", "s-v9.txt", "s-v1.txt", "s-v2.txt", "s-v3.txt", "other.txt"], null);
    expect(stories).toEqual([
      { story: "other", paths: ["other.txt"] },
      { story: "s", paths: ["s-v1.txt", "s-v2.txt", "s-v3.txt", "s-v9.txt", "s-v10.txt"] },
    ]);
  });
});

describe("orderVersions", () => {
  it("orders versions by date header, undated last, ties by name in numeric order", () => {
    const versions = orderVersions([
      { path: "s-v10.txt", date: "2026-01-02" },
      { path: "s-v9.txt", date: "2026-01-02" },
      { path: "s-v1.txt", date: "2026-01-03" },
      { path: "s-v2.txt", date: null },
      { path: "s-v3.txt", date: "2026-01-01" },
    ]);
    expect(versions).toEqual([
      { path: "s-v3.txt", date: "2026-01-01" },
      { path: "s-v9.txt", date: "2026-01-02" },
      { path: "s-v10.txt", date: "2026-01-02" },
      { path: "s-v1.txt", date: "2026-01-03" },
      { path: "s-v2.txt", date: null },
    ]);
  });
});
