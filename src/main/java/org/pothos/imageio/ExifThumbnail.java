package org.pothos.imageio;

/**
 * The small JPEG preview a camera embeds in the EXIF block.
 *
 * @param jpeg        the embedded JPEG file bytes, stored unrotated like the main image
 * @param orientation the main image's EXIF orientation, which applies to the preview too
 */
public record ExifThumbnail(byte[] jpeg, int orientation) {
}
