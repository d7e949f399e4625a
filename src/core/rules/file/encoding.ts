// file/encoding: a file that is not text (binary, or not valid UTF-8/UTF-16) is not parsed.

import { skippedFileRule } from './skipped';

export default skippedFileRule('file/encoding', 'error', 'A file is not valid UTF-8 or UTF-16 text (binary, or a broken encoding), so it is not parsed.');
