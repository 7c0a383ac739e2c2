import type { PackErrorCode } from './error-messages';

/** One reason a pack was refused, or one warning about an accepted pack: where (JSON path, and line when the input was text) and what. */
export interface PackError {
  path: string;
  line?: number;
  column?: number;
  code: PackErrorCode;
  message: string;
}

/** A problem before it is put into words; `vars` fill the message's placeholders. */
export interface RawPackError {
  path: (string | number)[];
  code: PackErrorCode;
  vars?: Record<string, string | number>;
}
