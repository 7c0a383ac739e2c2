// prh resolves `imports` relative to the importing file. Files come from a URL or from a folder the
// operator picked (paths like `dict/base.yml`), so this works on both without node:path.

export function resolveRef(base: string, ref: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(ref)) return ref;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(base)) return new URL(ref, base).href;
  const dir = base.includes('/') ? base.slice(0, base.lastIndexOf('/')) : '';
  const parts: string[] = [];
  for (const seg of `${dir}/${ref}`.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/');
}
