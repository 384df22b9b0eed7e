import { describe, expect, it } from "vitest";
import { jobCount, MAX_DEFAULT_JOBS, WORKERS_MIN_FILES } from "../../src/cli/workers.js";

describe("jobCount", () => {
  it("uses --jobs as given", () => {
    expect(jobCount(3, 2, 2)).toBe(3);
    expect(jobCount(1, 10_000, 64)).toBe(1);
  });

  it("stays in one thread below the size where workers pay, and on two cores or fewer", () => {
    expect(jobCount(null, WORKERS_MIN_FILES - 1, 16)).toBe(1);
    expect(jobCount(null, 10_000, 2)).toBe(1);
    expect(jobCount(null, 10_000, 1)).toBe(1);
  });

  it("leaves one core to the main thread and caps the default", () => {
    expect(jobCount(null, WORKERS_MIN_FILES, 3)).toBe(2);
    expect(jobCount(null, 10_000, 64)).toBe(MAX_DEFAULT_JOBS);
  });
});
