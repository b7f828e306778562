package org.reportlint.data;

/** A data file under {@code rules/data} that cannot be read; the message names {@code file:line}. */
public class DataException extends RuntimeException {
    public DataException(String message) {
        super(message);
    }
}
