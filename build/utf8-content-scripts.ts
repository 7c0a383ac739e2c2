import type { Plugin } from 'vite';

// WXT has esbuild write every non-ASCII character of the bundles as an escape: a kana or kanji in a
// string or a pattern then takes 6 bytes (\u30df) instead of 3 in UTF-8. The content script is mostly
// Japanese messages and patterns and has a size budget (40 KB), so its escapes for Japanese and
// full-width characters (U+3000–9FFF, U+FF00–FFEF) are written back as the characters. These are
// never syntax, never surrogates nor line terminators, so the code means the same; browsers read
// extension scripts as UTF-8.
const ESCAPE = /(\\+)u([0-9a-fA-F]{4})/g;

function isJapanese(code: number): boolean {
  return (code >= 0x3000 && code <= 0x9fff) || (code >= 0xff00 && code <= 0xffef);
}

export function unescapeJapanese(code: string): string {
  return code.replace(ESCAPE, (whole, slashes: string, hex: string) => {
    const c = parseInt(hex, 16);
    // An even run of backslashes is escaped backslashes followed by the letter u: not an escape.
    if (slashes.length % 2 === 0 || !isJapanese(c)) return whole;
    return slashes.slice(1) + String.fromCharCode(c);
  });
}

export function utf8ContentScripts(): Plugin {
  return {
    name: 'kizuki:utf8-content-scripts',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.fileName.startsWith('content-scripts/')) chunk.code = unescapeJapanese(chunk.code);
      }
    },
  };
}
