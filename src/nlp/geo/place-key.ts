/** The lookup key of a place name: lowercase, accents folded, dots and "the " dropped, spaces single. */
export function placeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[.,]/g, '')
    .replace(/^the\s+/, '')
    .replace(/[\s\-‐]+/g, ' ')
    .trim();
}
