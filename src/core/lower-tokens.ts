import type { Token } from './layers.js';

const cache = new WeakMap<readonly Token[], readonly string[]>();

/**
 * Each token's text in lower case, made once per tokens layer and shared by the stages that read
 * words case-blind (quantities, hedges, coreference's described attackers, the event's context):
 * each lower-cased every token again, some ten per cent of the reading stages' allocation. A
 * layer is never changed once set (stages assign new ones), so its array is a safe key.
 */
export function lowerTokens(tokens: readonly Token[]): readonly string[] {
  let lower = cache.get(tokens);
  if (!lower) {
    const out = new Array<string>(tokens.length);
    for (let i = 0; i < tokens.length; i++) out[i] = tokens[i]!.text.toLowerCase();
    cache.set(tokens, (lower = out));
  }
  return lower;
}
