/** Input limits, documented in the README and SECURITY.md. */
export const LIMITS = {
  /** Largest input (file, stdin, fetched page or request body) Dossier reads, in bytes. */
  maxInputBytes: Number(process.env.DOSSIER_MAX_INPUT_BYTES ?? 5 * 1024 * 1024),
  /**
   * Longest article text (title + lead + body, in characters) the pipeline annotates. Raw HTML may be
   * far larger than its text; this bounds the work: extraction is linear, about 3 CPU ms per KB, so
   * the limit keeps one article to a few seconds. News articles are 2 to 30 thousand characters.
   */
  maxTextChars: Number(process.env.DOSSIER_MAX_TEXT_CHARS ?? 1_000_000),
  /** URL fetch: whole-request timeout, and how many redirects are followed. */
  fetchTimeoutMs: 15_000,
  maxRedirects: 5,
  /** HTML deeper or larger than this is read as plain blocks, without Readability. */
  maxHtmlDepth: 400,
  maxHtmlElements: 60_000,
} as const;
