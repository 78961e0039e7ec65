package org.fiscalextract.app;

/** The process exit codes, and their lines in {@code --help}. */
final class ExitCodes {
    static final int OK = 0;
    /** extract: some files failed or were read only in part. */
    static final int INCOMPLETE = 1;
    /** check: at least one finding is an error. */
    static final int ERROR_FINDINGS = 1;
    static final int USAGE = 2;
    static final int FATAL = 3;

    static final String OK_TEXT = "0:Every file was read completely.";
    static final String INCOMPLETE_TEXT = "1:Output written, but some files failed or were read only in part.";
    static final String USAGE_TEXT = "2:Usage error: unknown option, bad value, or an INPUT that does not exist.";
    static final String FATAL_TEXT = "3:Fatal error: the output could not be written; the message says why.";

    static final String CHECK_OK_TEXT = "0:Every file was read and checked; no finding is an error "
            + "(warnings and info may be listed).";
    static final String CHECK_ERRORS_TEXT = "1:At least one finding is an error: figures that disagree "
            + "beyond what their rounding allows.";
    static final String CHECK_USAGE_TEXT = "2:Usage error: unknown option, bad value, or a FILE that does not "
            + "exist.";
    static final String CHECK_FATAL_TEXT = "3:A file could not be read, or was read only in part, so it was not "
            + "(fully) checked; or an internal error. Wins over 1.";

    static final String ANY_OK_TEXT = "0:Success.";
    static final String ANY_ONE_TEXT = "1:extract: some files failed or were read only in part; "
            + "check: a finding is an error.";
    static final String ANY_FATAL_TEXT = "3:Fatal: extract could not write its output; check could not read a file.";

    private ExitCodes() {
    }
}
