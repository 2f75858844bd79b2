package org.pothos.search;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Small vector arithmetic, and the half-precision form embeddings are stored in. */
public final class Vectors {

    private Vectors() {
    }

    /** A unit-length copy (cosine similarity is then a dot product); a zero vector stays zero. */
    public static float[] normalised(float[] vector) {
        double sum = 0;
        for (float v : vector) {
            sum += (double) v * v;
        }
        float[] unit = vector.clone();
        if (sum > 0) {
            float scale = (float) (1.0 / Math.sqrt(sum));
            for (int i = 0; i < unit.length; i++) {
                unit[i] *= scale;
            }
        }
        return unit;
    }

    public static double dot(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of different dimensions: " + a.length + " and " + b.length);
        }
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** IEEE half-precision floats, little-endian: two bytes a dimension. */
    public static byte[] toHalfPrecision(float[] vector) {
        ByteBuffer bytes = ByteBuffer.allocate(vector.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : vector) {
            bytes.putShort(Float.floatToFloat16(v));
        }
        return bytes.array();
    }

    public static float[] fromHalfPrecision(byte[] stored) {
        ByteBuffer bytes = ByteBuffer.wrap(stored).order(ByteOrder.LITTLE_ENDIAN);
        float[] vector = new float[stored.length / 2];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = Float.float16ToFloat(bytes.getShort());
        }
        return vector;
    }
}
