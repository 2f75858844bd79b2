package org.pothos.imageio;

/** A file Pothos cannot read as an image; the message is one short reason fit to show the user. */
public class UnsupportedImageException extends Exception {

    public UnsupportedImageException(String reason) {
        super(reason);
    }

    public UnsupportedImageException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
