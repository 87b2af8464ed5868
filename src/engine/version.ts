/** Engine version (kept in step with package.json) and the as-of date of the legal rules encoded. */
export const ENGINE_VERSION = "0.1.0";
/** Law as in force on this date (輸出令 e-Gov text of 2026-02-14; ordinances as of 2025-10-09). */
export const RULES_VERSION = "jp-catch-all@2026-02-14";
