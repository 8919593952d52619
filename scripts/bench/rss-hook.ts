/**
 * Preloaded with `node --import` into a measured process (the CLI): prints the process's peak
 * resident set size on exit, so the benchmark can read the whole process's peak memory.
 */
process.on('exit', () => {
  process.stderr.write(`\n__CALQUE_BENCH_MAXRSS_KB__ ${process.resourceUsage().maxRSS}\n`);
});
export {};
