// file/too-large: a file over the size limit (Config `limits.max_file_bytes`) is not parsed.

import { skippedFileRule } from './skipped';

export default skippedFileRule('file/too-large', 'warning', 'A file is larger than the size limit, so it is not parsed or checked.');
