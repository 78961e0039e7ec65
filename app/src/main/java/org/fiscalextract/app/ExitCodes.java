package org.fiscalextract.app;

/** The process exit codes, and their lines in {@code --help}. */
final class ExitCodes {
    static final int OK = 0;
    static final int INCOMPLETE = 1;
    static final int USAGE = 2;
    static final int FATAL = 3;

    static final String OK_TEXT = "0:Every file was read completely.";
    static final String INCOMPLETE_TEXT = "1:Output written, but some files failed or were read only in part.";
    static final String USAGE_TEXT = "2:Usage error: unknown option, bad value, or an INPUT that does not exist.";
    static final String FATAL_TEXT = "3:Fatal error: the output could not be written; the message says why.";

    private ExitCodes() {
    }
}
