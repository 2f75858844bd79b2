package org.pothos.imageio;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** The JPEG encoder every JDK has: ImageIO's. Takes any image type. Thread-safe: every call uses its own writer. */
final class ImageIoJpegEncoder implements JpegEncoder {

    @Override
    public byte[] encode(BufferedImage image, float quality) throws IOException {
        JpegEncoder.checkQuality(quality);
        BufferedImage rgb = PackedRgb.is(image) ? threeBytes(image) : RgbImages.opaque(image);
        ImageWriter writer = jpegWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // A memory-backed stream: ImageIO's default for OutputStreams may buffer through temporary files.
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            param.setProgressiveMode(ImageWriteParam.MODE_DISABLED);
            // Null metadata: the writer emits only the JFIF header it needs, nothing from the source file.
            writer.write(null, new IIOImage(rgb, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * The JPEG writer takes interleaved byte samples as they are but converts packed int pixels one by one, which
     * costs more than this copy (a 1024 px image encodes in about a sixth less time).
     */
    private static BufferedImage threeBytes(BufferedImage image) {
        int[] source = PackedRgb.pixels(image);
        BufferedImage target = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        byte[] bytes = ((DataBufferByte) target.getRaster().getDataBuffer()).getData();
        for (int i = 0, j = 0; i < source.length; i++, j += 3) {
            int rgb = source[i];
            bytes[j] = (byte) rgb;
            bytes[j + 1] = (byte) (rgb >> 8);
            bytes[j + 2] = (byte) (rgb >> 16);
        }
        return target;
    }

    private static ImageWriter jpegWriter() throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(ImageFormat.JPEG.imageIoName());
        if (!writers.hasNext()) {
            throw new IOException("no JPEG writer available");
        }
        return writers.next();
    }
}
