/** A piece of the rebuilt post text and the DOM node it came from (a Text node or an emoji <img>). */
export interface TextPiece {
  node: Node;
  /** Offsets in ExtractedPost.text (UTF-16, end exclusive). */
  start: number;
  end: number;
}

/** A post as X shows it, read from an `article[data-testid="tweet"]`. */
export interface ExtractedPost {
  id: string;
  url: string;
  handle: string;
  displayName: string;
  /** What a reader sees: emoji as characters, no hidden link text, no quoted post. */
  text: string;
  lang: string | null;
  /** Epoch ms, or null when the post shows no time. */
  publishedAt: number | null;
  counts: { replies: number | null; reposts: number | null; likes: number | null };
  /** The opened post on a /status/ page. */
  isFocal: boolean;
  /** The post's own tweetText element (not a quoted post's); null for posts without text. */
  textElement: Element | null;
  /** How `text` maps back onto DOM nodes, for highlighting. */
  pieces: TextPiece[];
  /** X cut the text and shows "Show more": `text` is only the visible part. */
  truncated?: boolean;
  /** The row above the author ("Pinned", "<name> reposted"), as shown; null when absent. */
  socialContext?: string | null;
  /** The quoted post, kept apart from `text` (its words are not the author's). */
  quote?: QuotedPost | null;
}

/** A post quoted inside another; its time has no link, so its id is not on the page. */
export interface QuotedPost {
  handle: string | null;
  displayName: string;
  text: string;
  lang: string | null;
}
