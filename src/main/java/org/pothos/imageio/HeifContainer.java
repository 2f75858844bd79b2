package org.pothos.imageio;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a HEIF or AVIF file says about its primary picture without decoding it: the size it is shown at (its
 * {@code ispe} with a quarter turn of {@code irot} applied, as libheif reports it), and the EXIF and XMP items
 * that belong to it. Read from the {@code meta} box alone, so it works whether or not libheif is installed.
 */
record HeifContainer(int width, int height, byte[] exif, byte[] xmp) {

    /** Metadata items larger than this are not read (real EXIF and XMP are a few KB). */
    private static final int MAX_ITEM_BYTES = 4 * 1024 * 1024;

    private record Extent(long offset, long length) {
    }

    private record Item(int id, String type, String contentType) {
    }

    /** Empty when the file has no readable {@code meta} box or no primary picture with a size. */
    static Optional<HeifContainer> read(RandomAccessFile file) throws IOException {
        IsoBoxes boxes = new IsoBoxes(file);
        Optional<IsoBoxes.Box> meta = IsoBoxes.first(boxes.top(), "meta");
        if (meta.isEmpty()) {
            return Optional.empty();
        }
        List<IsoBoxes.Box> parts = boxes.children(meta.get(), 4);
        Optional<IsoBoxes.Box> pitm = IsoBoxes.first(parts, "pitm");
        if (pitm.isEmpty()) {
            return Optional.empty();
        }
        ByteBuffer pitmContent = ByteBuffer.wrap(boxes.content(pitm.get(), 16));
        int primary = pitmContent.get(0) == 0 ? pitmContent.getShort(4) & 0xFFFF : pitmContent.getInt(4);
        List<Item> items = items(boxes, parts);
        Map<Integer, List<Extent>> locations = locations(boxes, parts);
        long idatStart = IsoBoxes.first(parts, "idat").map(IsoBoxes.Box::contentStart).orElse(-1L);
        int[] size = displaySize(boxes, parts, primary);
        if (size == null) {
            return Optional.empty();
        }
        byte[] exif = null;
        byte[] xmp = null;
        for (Item item : items) {
            if (item.type().equals("Exif") && exif == null) {
                exif = tiffOfExifItem(itemBytes(boxes, locations.get(item.id()), idatStart));
            } else if (item.type().equals("mime") && "application/rdf+xml".equals(item.contentType()) && xmp == null) {
                xmp = itemBytes(boxes, locations.get(item.id()), idatStart);
            }
        }
        return Optional.of(new HeifContainer(size[0], size[1], exif, xmp));
    }

    private static List<Item> items(IsoBoxes boxes, List<IsoBoxes.Box> metaParts) throws IOException {
        List<Item> items = new ArrayList<>();
        Optional<IsoBoxes.Box> iinf = IsoBoxes.first(metaParts, "iinf");
        if (iinf.isEmpty()) {
            return items;
        }
        int version = boxes.read(iinf.get().contentStart(), 1).get(0);
        for (IsoBoxes.Box infe : boxes.children(iinf.get(), version == 0 ? 6 : 8)) {
            if (!infe.type().equals("infe") || infe.contentLength() > 4096) {
                continue;
            }
            ByteBuffer content = ByteBuffer.wrap(boxes.content(infe, 4096));
            int infeVersion = content.get(0);
            if (infeVersion < 2) {
                continue;
            }
            int at = 4;
            int id = infeVersion == 2 ? content.getShort(at) & 0xFFFF : content.getInt(at);
            at += (infeVersion == 2 ? 2 : 4) + 2;
            String type = new String(content.array(), at, 4, StandardCharsets.ISO_8859_1);
            at += 4;
            int nameEnd = nul(content.array(), at);
            String contentType = null;
            if (type.equals("mime") && nameEnd + 1 < content.limit()) {
                int typeEnd = nul(content.array(), nameEnd + 1);
                contentType = new String(content.array(), nameEnd + 1, typeEnd - nameEnd - 1, StandardCharsets.UTF_8);
            }
            items.add(new Item(id, type, contentType));
        }
        return items;
    }

    private static int nul(byte[] data, int from) {
        int i = from;
        while (i < data.length && data[i] != 0) {
            i++;
        }
        return i;
    }

    /** The {@code iloc} box: where each item's bytes are, in the file (method 0) or in {@code idat} (method 1). */
    private static Map<Integer, List<Extent>> locations(IsoBoxes boxes, List<IsoBoxes.Box> metaParts) throws IOException {
        Map<Integer, List<Extent>> locations = new HashMap<>();
        Optional<IsoBoxes.Box> iloc = IsoBoxes.first(metaParts, "iloc");
        if (iloc.isEmpty() || iloc.get().contentLength() > MAX_ITEM_BYTES) {
            return locations;
        }
        ByteBuffer in = ByteBuffer.wrap(boxes.content(iloc.get(), MAX_ITEM_BYTES));
        int version = in.get();
        in.position(4);
        int sizes = in.get() & 0xFF;
        int offsetSize = sizes >> 4;
        int lengthSize = sizes & 0x0F;
        int more = in.get() & 0xFF;
        int baseOffsetSize = more >> 4;
        int indexSize = version == 1 || version == 2 ? more & 0x0F : 0;
        long count = version < 2 ? in.getShort() & 0xFFFF : in.getInt() & 0xFFFFFFFFL;
        for (long i = 0; i < count && in.remaining() > 0; i++) {
            int id = version < 2 ? in.getShort() & 0xFFFF : in.getInt();
            int method = 0;
            if (version == 1 || version == 2) {
                method = in.getShort() & 0x0F;
            }
            in.getShort(); // data reference index
            long base = sized(in, baseOffsetSize);
            int extents = in.getShort() & 0xFFFF;
            List<Extent> list = new ArrayList<>();
            for (int e = 0; e < extents; e++) {
                sized(in, indexSize);
                long offset = sized(in, offsetSize);
                long length = sized(in, lengthSize);
                // Construction method 1 marks offsets into idat; the sign tells readItem to add idat's start.
                list.add(new Extent(method == 1 ? -(base + offset) - 1 : base + offset, length));
            }
            locations.put(id, list);
        }
        return locations;
    }

    private static long sized(ByteBuffer in, int size) {
        return switch (size) {
            case 0 -> 0;
            case 4 -> in.getInt() & 0xFFFFFFFFL;
            case 8 -> in.getLong();
            default -> throw new IllegalArgumentException("field size " + size);
        };
    }

    private static byte[] itemBytes(IsoBoxes boxes, List<Extent> extents, long idatStart) throws IOException {
        if (extents == null || extents.isEmpty()) {
            return null;
        }
        long total = extents.stream().mapToLong(Extent::length).sum();
        if (total <= 0 || total > MAX_ITEM_BYTES) {
            return null;
        }
        ByteBuffer bytes = ByteBuffer.allocate((int) total);
        for (Extent extent : extents) {
            long offset = extent.offset() >= 0 ? extent.offset() : idatStart + (-extent.offset() - 1);
            if (extent.offset() < 0 && idatStart < 0) {
                return null;
            }
            bytes.put(boxes.read(offset, (int) extent.length()).array());
        }
        return bytes.array();
    }

    /** An EXIF item starts with the offset of its TIFF header (after a possible "Exif\0\0"). */
    private static byte[] tiffOfExifItem(byte[] item) {
        if (item == null || item.length < 12) {
            return null;
        }
        int offset = ByteBuffer.wrap(item).getInt(0);
        int start = 4 + offset;
        if (offset < 0 || start + 8 > item.length) {
            return null;
        }
        byte[] tiff = new byte[item.length - start];
        System.arraycopy(item, start, tiff, 0, tiff.length);
        return tiff;
    }

    /** The primary item's {@code ispe} size, turned by its {@code irot} like the decoded picture; null when absent. */
    private static int[] displaySize(IsoBoxes boxes, List<IsoBoxes.Box> metaParts, int primary) throws IOException {
        Optional<IsoBoxes.Box> iprp = IsoBoxes.first(metaParts, "iprp");
        if (iprp.isEmpty()) {
            return null;
        }
        List<IsoBoxes.Box> iprpParts = boxes.children(iprp.get(), 0);
        Optional<IsoBoxes.Box> ipco = IsoBoxes.first(iprpParts, "ipco");
        Optional<IsoBoxes.Box> ipma = IsoBoxes.first(iprpParts, "ipma");
        if (ipco.isEmpty() || ipma.isEmpty()) {
            return null;
        }
        List<IsoBoxes.Box> properties = boxes.children(ipco.get(), 0);
        int width = 0;
        int height = 0;
        int turns = 0;
        for (int index : associations(boxes, ipma.get(), primary)) {
            if (index < 1 || index > properties.size()) {
                continue;
            }
            IsoBoxes.Box property = properties.get(index - 1);
            if (property.type().equals("ispe") && property.contentLength() >= 12) {
                ByteBuffer ispe = boxes.read(property.contentStart(), 12);
                width = ispe.getInt(4);
                height = ispe.getInt(8);
            } else if (property.type().equals("irot") && property.contentLength() >= 1) {
                turns = boxes.read(property.contentStart(), 1).get(0) & 0x03;
            }
        }
        if (width <= 0 || height <= 0) {
            return null;
        }
        return turns % 2 == 1 ? new int[]{height, width} : new int[]{width, height};
    }

    /** The 1-based property indexes associated with {@code item}. */
    private static List<Integer> associations(IsoBoxes boxes, IsoBoxes.Box ipma, int item) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(boxes.content(ipma, MAX_ITEM_BYTES));
        int version = in.get();
        int flags = in.getShort(2) << 8 | in.get(3) & 0xFF;
        in.position(4);
        long count = in.getInt() & 0xFFFFFFFFL;
        List<Integer> indexes = new ArrayList<>();
        for (long i = 0; i < count && in.remaining() > 0; i++) {
            int id = version < 1 ? in.getShort() & 0xFFFF : in.getInt();
            int associated = in.get() & 0xFF;
            for (int a = 0; a < associated; a++) {
                int index = (flags & 1) != 0 ? in.getShort() & 0x7FFF : in.get() & 0x7F;
                if (id == item) {
                    indexes.add(index);
                }
            }
        }
        return indexes;
    }
}
