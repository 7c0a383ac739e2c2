/** A post's author as every list shows it: display name, then @handle. */
export function PostAuthor({ post }: { post: { displayName: string; authorHandle: string } }) {
  return (
    <span className="kz-author">
      <span className="kz-name">{post.displayName}</span> <span className="kz-handle">@{post.authorHandle}</span>
    </span>
  );
}
