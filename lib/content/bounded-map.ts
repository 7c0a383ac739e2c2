/**
 * A Map that forgets its oldest entries past `limit`: per-post memory on a page that a shift scrolls
 * through for hours (thousands of posts) stays the size of what is recent. Setting a key again makes
 * it the newest, so posts still on screen are the last to go.
 */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(readonly limit: number) {
    super();
  }

  override set(key: K, value: V): this {
    super.delete(key);
    super.set(key, value);
    while (this.size > this.limit) super.delete(this.keys().next().value as K);
    return this;
  }
}
