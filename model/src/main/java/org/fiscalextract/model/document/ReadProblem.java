package org.fiscalextract.model.document;

/**
 * Why a file was not read, or not read completely. The code goes to {@code documents.csv}'s
 * error_code column so failures can be counted and filtered; the message says it in words.
 */
public enum ReadProblem {
    EMPTY_FILE("empty_file"),
    TOO_LARGE("too_large"),
    UNKNOWN_FORMAT("unknown_format"),
    NOT_TEXT("not_text"),
    DAMAGED("damaged"),
    ENCRYPTED("encrypted"),
    NO_TEXT_LAYER("no_text_layer"),
    NO_TEXT("no_text"),
    ZIP_BOMB("zip_bomb"),
    TIME_LIMIT("time_limit"),
    TEXT_LIMIT("text_limit"),
    PARSER_ERROR("parser_error"),
    /** The text was read but finding its quantities failed: a bug, reported rather than hidden. */
    EXTRACTION_ERROR("extraction_error"),
    IO_ERROR("io_error");

    private final String code;

    ReadProblem(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
