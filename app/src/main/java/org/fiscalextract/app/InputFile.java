package org.fiscalextract.app;

import java.nio.file.Path;

/**
 * One file to read.
 *
 * @param path       where to open it
 * @param sourcePath how documents.csv names it: the INPUT as the user gave it, joined with the
 *                   path inside that folder, with forward slashes
 */
record InputFile(Path path, String sourcePath) {
}
