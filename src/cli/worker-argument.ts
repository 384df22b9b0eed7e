/** The argument that tells the CLI's script it runs as a worker thread (read by cli.ts first of all). */
export const WORKER_ARGUMENT = "--newsdiff-worker";
