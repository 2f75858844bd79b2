package org.pothos.xmp;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Photoshop's image resource blocks ("8BIM", an id, a name, the data), the container of a JPEG's IPTC record
 * (resource 0x0404). Writing replaces the IPTC resource and its MD5 digest (0x0425, which tells readers the IPTC
 * and XMP agree) and keeps every other resource byte for byte.
 */
final class PhotoshopResources {

    static final int IPTC = 0x0404;
    static final int IPTC_DIGEST = 0x0425;
    private static final byte[] SIGNATURE = {'8', 'B', 'I', 'M'};

    private record Resource(int id, byte[] name, byte[] data) {
    }

    private PhotoshopResources() {
    }

    /** The IPTC record among {@code resources}, or an empty array. */
    static byte[] iptc(byte[] resources) {
        for (Resource resource : parse(resources)) {
            if (resource.id() == IPTC) {
                return resource.data();
            }
        }
        return new byte[0];
    }

    /** {@code resources} with this IPTC record and its digest in place of the old ones. */
    static byte[] withIptc(byte[] resources, byte[] iptc) {
        List<Resource> out = new ArrayList<>();
        boolean placed = false;
        for (Resource resource : parse(resources)) {
            if (resource.id() == IPTC_DIGEST) {
                continue;
            }
            if (resource.id() == IPTC) {
                out.add(new Resource(IPTC, resource.name(), iptc));
                placed = true;
            } else {
                out.add(resource);
            }
        }
        if (!placed) {
            out.add(new Resource(IPTC, new byte[0], iptc));
        }
        out.add(new Resource(IPTC_DIGEST, new byte[0], md5(iptc)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (Resource resource : out) {
            bytes.writeBytes(SIGNATURE);
            bytes.write(resource.id() >> 8);
            bytes.write(resource.id() & 0xFF);
            // A Pascal string padded to an even length, its length byte included.
            bytes.write(resource.name().length);
            bytes.writeBytes(resource.name());
            if ((resource.name().length + 1) % 2 != 0) {
                bytes.write(0);
            }
            bytes.writeBytes(ByteBuffer.allocate(4).putInt(resource.data().length).array());
            bytes.writeBytes(resource.data());
            if (resource.data().length % 2 != 0) {
                bytes.write(0);
            }
        }
        return bytes.toByteArray();
    }

    /** The resources as found; parsing stops at the first block that is not well formed. */
    private static List<Resource> parse(byte[] data) {
        List<Resource> resources = new ArrayList<>();
        int position = 0;
        while (position + 12 <= data.length && Arrays.equals(data, position, position + 4, SIGNATURE, 0, 4)) {
            int id = (data[position + 4] & 0xFF) << 8 | data[position + 5] & 0xFF;
            int nameLength = data[position + 6] & 0xFF;
            int nameField = 1 + nameLength + ((1 + nameLength) % 2);
            int sizeAt = position + 6 + nameField;
            if (sizeAt + 4 > data.length) {
                break;
            }
            int size = ByteBuffer.wrap(data, sizeAt, 4).getInt();
            int dataAt = sizeAt + 4;
            if (size < 0 || dataAt + size > data.length) {
                break;
            }
            resources.add(new Resource(id, Arrays.copyOfRange(data, position + 7, position + 7 + nameLength),
                    Arrays.copyOfRange(data, dataAt, dataAt + size)));
            position = dataAt + size + size % 2;
        }
        return resources;
    }

    private static byte[] md5(byte[] data) {
        try {
            return MessageDigest.getInstance("MD5").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }
}
