package org.pothos.imageio;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parts of a Canon CR3 (an ISO base media file) Pothos reads: the camera's TIFF blocks (CMT1: IFD0 with make,
 * model and orientation; CMT2: the EXIF IFD; CMT4: GPS) in Canon's {@code moov/uuid} box, and where its JPEG
 * pictures are: the small THMB, the PRVW preview in a top-level {@code uuid} box, and full-size JPEGs stored as
 * the first sample of a track.
 */
record Cr3Container(byte[] ifd0, byte[] exif, byte[] gps, List<EmbeddedJpeg.Span> jpegs) {

    static final String CANON_UUID = "85c0b687820f11e08111f4ce462b6a48";
    static final String PREVIEW_UUID = "eaf42b5e1c984b88b9fbb7dc406e4d16";
    private static final int MAX_TIFF_BYTES = 1024 * 1024;
    /** THMB and PRVW hold a small header before their JPEG; it is found by its start marker within this window. */
    private static final int JPEG_SEARCH_WINDOW = 64;

    static Optional<Cr3Container> read(RandomAccessFile file) throws IOException {
        IsoBoxes boxes = new IsoBoxes(file);
        List<IsoBoxes.Box> top = boxes.top();
        Optional<IsoBoxes.Box> moov = IsoBoxes.first(top, "moov");
        if (moov.isEmpty()) {
            return Optional.empty();
        }
        List<IsoBoxes.Box> moovParts = boxes.children(moov.get(), 0);
        byte[] ifd0 = null;
        byte[] exif = null;
        byte[] gps = null;
        List<EmbeddedJpeg.Span> jpegs = new ArrayList<>();
        Optional<IsoBoxes.Box> canon = IsoBoxes.firstUuid(moovParts, CANON_UUID);
        if (canon.isPresent()) {
            List<IsoBoxes.Box> canonParts = boxes.children(canon.get(), 0);
            ifd0 = tiff(boxes, canonParts, "CMT1");
            exif = tiff(boxes, canonParts, "CMT2");
            gps = tiff(boxes, canonParts, "CMT4");
            Optional<IsoBoxes.Box> thumbnail = IsoBoxes.first(canonParts, "THMB");
            if (thumbnail.isPresent()) {
                jpegInBox(boxes, thumbnail.get()).ifPresent(jpegs::add);
            }
        }
        Optional<IsoBoxes.Box> previewHolder = IsoBoxes.firstUuid(top, PREVIEW_UUID);
        if (previewHolder.isPresent()) {
            // The holder's content starts with 8 bytes of its own before the PRVW box.
            Optional<IsoBoxes.Box> preview = IsoBoxes.first(boxes.children(previewHolder.get(), 8), "PRVW");
            if (preview.isPresent()) {
                jpegInBox(boxes, preview.get()).ifPresent(jpegs::add);
            }
        }
        for (IsoBoxes.Box trak : moovParts) {
            if (trak.type().equals("trak")) {
                firstSample(boxes, trak).ifPresent(jpegs::add);
            }
        }
        return Optional.of(new Cr3Container(ifd0, exif, gps, jpegs));
    }

    private static byte[] tiff(IsoBoxes boxes, List<IsoBoxes.Box> parts, String type) throws IOException {
        Optional<IsoBoxes.Box> box = IsoBoxes.first(parts, type);
        return box.isPresent() && box.get().contentLength() <= MAX_TIFF_BYTES ? boxes.content(box.get(), MAX_TIFF_BYTES) : null;
    }

    private static Optional<EmbeddedJpeg.Span> jpegInBox(IsoBoxes boxes, IsoBoxes.Box box) throws IOException {
        int window = (int) Math.min(JPEG_SEARCH_WINDOW, box.contentLength());
        ByteBuffer head = boxes.read(box.contentStart(), window);
        for (int i = 0; i + 2 < window; i++) {
            if ((head.get(i) & 0xFF) == 0xFF && (head.get(i + 1) & 0xFF) == 0xD8 && (head.get(i + 2) & 0xFF) == 0xFF) {
                long start = box.contentStart() + i;
                return Optional.of(new EmbeddedJpeg.Span(start, box.end() - start));
            }
        }
        return Optional.empty();
    }

    /** A track's first sample (trak/mdia/minf/stbl: its size in stsz, its place in co64 or stco). */
    private static Optional<EmbeddedJpeg.Span> firstSample(IsoBoxes boxes, IsoBoxes.Box trak) throws IOException {
        Optional<IsoBoxes.Box> stbl = path(boxes, trak, "mdia", "minf", "stbl");
        if (stbl.isEmpty()) {
            return Optional.empty();
        }
        List<IsoBoxes.Box> tables = boxes.children(stbl.get(), 0);
        Optional<IsoBoxes.Box> stsz = IsoBoxes.first(tables, "stsz");
        Optional<IsoBoxes.Box> co64 = IsoBoxes.first(tables, "co64");
        Optional<IsoBoxes.Box> stco = IsoBoxes.first(tables, "stco");
        if (stsz.isEmpty() || stsz.get().contentLength() < 16 || (co64.isEmpty() && stco.isEmpty())) {
            return Optional.empty();
        }
        ByteBuffer sizes = boxes.read(stsz.get().contentStart(), 16);
        long size = sizes.getInt(4) & 0xFFFFFFFFL;
        if (size == 0) {
            size = sizes.getInt(12) & 0xFFFFFFFFL;
        }
        long offset;
        if (co64.isPresent() && co64.get().contentLength() >= 16) {
            offset = boxes.read(co64.get().contentStart() + 8, 8).getLong(0);
        } else if (stco.isPresent() && stco.get().contentLength() >= 12) {
            offset = boxes.read(stco.get().contentStart() + 8, 4).getInt(0) & 0xFFFFFFFFL;
        } else {
            return Optional.empty();
        }
        return size > 0 ? Optional.of(new EmbeddedJpeg.Span(offset, size)) : Optional.empty();
    }

    private static Optional<IsoBoxes.Box> path(IsoBoxes boxes, IsoBoxes.Box from, String... types) throws IOException {
        IsoBoxes.Box current = from;
        for (String type : types) {
            Optional<IsoBoxes.Box> next = IsoBoxes.first(boxes.children(current, 0), type);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get();
        }
        return Optional.of(current);
    }
}
