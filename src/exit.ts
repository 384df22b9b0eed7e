/** Every exit status newsdiff uses, in one place (the CI contract). */
export const EXIT = {
  same: 0,
  differs: 1,
  error: 2,
} as const;

export type ExitStatus = (typeof EXIT)[keyof typeof EXIT];

/** The run's exit status: any failed input wins, then any difference that passes the gate. */
export function exitStatus(outcome: { failures: number; differences: number }): ExitStatus {
  if (outcome.failures > 0) return EXIT.error;
  return outcome.differences > 0 ? EXIT.differs : EXIT.same;
}
