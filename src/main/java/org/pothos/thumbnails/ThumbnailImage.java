package org.pothos.thumbnails;

/**
 * Thumbnail bytes delivered to a grid cell.
 *
 * @param jpegBytes   a complete JPEG file; shared with the memory cache, so treat it as read-only
 * @param placeholder true for the camera's embedded EXIF preview shown while the real thumbnail is made
 */
public record ThumbnailImage(String contentHash, byte[] jpegBytes, boolean placeholder) {
}
