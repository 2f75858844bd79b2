package org.pothos.search;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * The vectors of one embedding model: only vectors of the same model and dimension can be compared. The
 * index keeps each space in a field of its own, so after a change of model the old vectors are simply not
 * asked, and each item moves to the new space as it is embedded again.
 */
public record VectorSpace(String model, int dimension) {

    public VectorSpace {
        if (dimension < 1) {
            throw new IllegalArgumentException("a vector space needs a positive dimension");
        }
    }

    /** A field name for the space: short, made of letters and digits, stable for a model name. */
    public String fieldName() {
        CRC32 crc = new CRC32();
        crc.update(model.getBytes(StandardCharsets.UTF_8));
        return String.format(Locale.ROOT, "vec_%s_%d", HexFormat.of().toHexDigits((int) crc.getValue()), dimension);
    }
}
