/* eslint-disable no-undef, @typescript-eslint/no-require-imports -- a CommonJS preload run by plain Node */
// Preloaded into a benchmarked Node process (node -r): writes the process's peak resident memory (worker threads
// included, they share the process) in KB and its CPU time in ms to the file named by ANPO_PEAK_RSS_FILE when it
// exits.
const fs = require("fs");
process.on("exit", () => {
  const f = process.env.ANPO_PEAK_RSS_FILE;
  // Peak RSS in KB, then the CPU time (user + system, all threads) in ms.
  const u = process.resourceUsage();
  if (f) fs.writeFileSync(f, `${u.maxRSS} ${Math.round((u.userCPUTime + u.systemCPUTime) / 1000)}`);
});
