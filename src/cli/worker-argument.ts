/** The argument that tells the CLI's script it runs as a worker thread (read by cli.ts first of all, and by bin/newsdiff.cjs, which spells it out). */
export const WORKER_ARGUMENT = "--newsdiff-worker";
