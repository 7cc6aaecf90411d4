/** Data version and as-of date: bump the version on every data change that alters what users see. */
export const datasetVersion = '2026.11.28-2'
/** Latest date for which the data is complete; no event or observation may be later. */
export const asOf = '2026-11-28'
