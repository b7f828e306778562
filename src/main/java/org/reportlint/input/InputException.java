package org.reportlint.input;

/** An input that cannot be read or decoded; its message is one line naming the input and the reason. */
public class InputException extends Exception {
    public InputException(String message) {
        super(message);
    }
}
