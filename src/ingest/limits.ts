/** Input limits, documented in the README and SECURITY.md. */
export const LIMITS = {
  /** Largest input (file, stdin, fetched page or request body) Dossier reads, in bytes. */
  maxInputBytes: Number(process.env.DOSSIER_MAX_INPUT_BYTES ?? 5 * 1024 * 1024),
  /** URL fetch: whole-request timeout, and how many redirects are followed. */
  fetchTimeoutMs: 15_000,
  maxRedirects: 5,
  /** HTML deeper or larger than this is read as plain blocks, without Readability. */
  maxHtmlDepth: 400,
  maxHtmlElements: 60_000,
} as const;
