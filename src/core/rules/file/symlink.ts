// file/symlink: a symbolic link in the playbook is not followed, so nothing outside the repo is read.

import { skippedFileRule } from './skipped';

export default skippedFileRule('file/symlink', 'info', 'A symbolic link is not followed: mops reads only real files inside the playbook.');
