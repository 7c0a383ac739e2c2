import type { SeenPost } from '@/lib/contract/records';
import type { Pack } from '@/lib/pack/schema';
import type { TemplateVars } from '@/lib/reply/fill-template';

/**
 * The values a template can use for this post. {{product}} is the name of the brand the post
 * mentions as the pack spells it (falling back to the words matched in the post); {{operator}} is the
 * signature from settings, or the operator's name when no signature is set.
 */
export function templateVars(post: SeenPost, packs: readonly Pack[], settings: { operator: string; signature: string } | null): TemplateVars {
  const brands = packs.flatMap((p) => p.brands);
  const brandId = post.brands[0];
  const brandName = brands.find((b) => b.id === brandId)?.name;
  const matched = post.matches.find((m) => m.kind === 'brand');
  const product = brandName ?? (matched ? post.text.slice(matched.start, matched.end) : undefined);
  return {
    name: post.displayName,
    // Without "@": a template that wants a mention writes @{{handle}} itself.
    handle: post.authorHandle || undefined,
    product,
    operator: settings?.signature.trim() || settings?.operator.trim() || undefined,
  };
}
