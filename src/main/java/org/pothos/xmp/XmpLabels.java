package org.pothos.xmp;

import com.adobe.internal.xmp.XMPConst;
import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;
import com.adobe.internal.xmp.XMPMetaFactory;
import com.adobe.internal.xmp.XMPPathFactory;
import com.adobe.internal.xmp.options.PropertyOptions;
import com.adobe.internal.xmp.properties.XMPProperty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the labels of an XMP packet: {@code dc:title}, {@code dc:description}, {@code dc:subject},
 * {@code lr:hierarchicalSubject} (categories under {@code Category|}), {@code xmp:Rating}, and Pothos's own
 * namespace recording who wrote each value. Writing changes only those properties, so everything else a packet
 * holds (darktable's history, digiKam's face regions, Lightroom's develop settings) stays as it was.
 */
public final class XmpLabels {

    public static final String NS_LIGHTROOM = "http://ns.adobe.com/lightroom/1.0/";
    public static final String NS_POTHOS = "http://pothos.org/ns/xmp/1.0/";
    private static final String SUBJECT = "subject";
    private static final String HIERARCHICAL = "hierarchicalSubject";
    private static final String RATING = "Rating";
    private static final String WRITTEN_BY = "WrittenBy";
    private static final String TITLE_SOURCE = "TitleSource";
    private static final String DESCRIPTION_SOURCE = "DescriptionSource";
    private static final String TAG_SOURCES = "TagSources";
    private static final String CATEGORY_SOURCES = "CategorySources";
    private static final String NAME = "Name";
    private static final String SOURCE = "Source";
    private static final String DEFAULT_LANGUAGE = "x-default";

    static {
        try {
            XMPMetaFactory.getSchemaRegistry().registerNamespace(NS_LIGHTROOM, "lr");
            XMPMetaFactory.getSchemaRegistry().registerNamespace(NS_POTHOS, "pothos");
        } catch (XMPException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private XmpLabels() {
    }

    /** Whether Pothos wrote this packet's labels: then a property it lacks means "none", not "unknown". */
    public static boolean writtenByPothos(XMPMeta meta) {
        return meta.doesPropertyExist(NS_POTHOS, WRITTEN_BY);
    }

    public static FileLabels read(XMPMeta meta) throws XMPException {
        Map<String, FileLabels.Tag> tags = new LinkedHashMap<>();
        List<String> categories = new ArrayList<>();
        for (String entry : items(meta, NS_LIGHTROOM, HIERARCHICAL)) {
            List<String> levels = new ArrayList<>();
            for (String level : entry.split("\\" + FileLabels.HIERARCHY_SEPARATOR)) {
                if (!level.isBlank()) {
                    levels.add(level.strip());
                }
            }
            if (levels.isEmpty()) {
                continue;
            }
            String leaf = levels.get(levels.size() - 1);
            if (levels.size() >= 2 && levels.get(0).equalsIgnoreCase(FileLabels.CATEGORY_ROOT)) {
                categories.add(leaf);
            } else {
                String path = String.join(FileLabels.HIERARCHY_SEPARATOR, levels.subList(0, levels.size() - 1));
                tags.putIfAbsent(FileLabels.fold(leaf), new FileLabels.Tag(leaf, path));
            }
        }
        for (String subject : items(meta, XMPConst.NS_DC, SUBJECT)) {
            if (!subject.isBlank()) {
                tags.putIfAbsent(FileLabels.fold(subject), new FileLabels.Tag(subject.strip(), null));
            }
        }
        return new FileLabels(text(meta, "title"), text(meta, "description"), List.copyOf(tags.values()), categories,
                rating(meta), sources(meta));
    }

    /** Whether the packet says anything about tags (so IPTC and EXIF keywords are not asked). */
    static boolean hasTags(XMPMeta meta) {
        return meta.doesPropertyExist(XMPConst.NS_DC, SUBJECT) || meta.doesPropertyExist(NS_LIGHTROOM, HIERARCHICAL);
    }

    static boolean hasRating(XMPMeta meta) {
        return meta.doesPropertyExist(XMPConst.NS_XMP, RATING);
    }

    /**
     * Puts {@code labels} into {@code meta} in place of the labels it held; every other property is kept.
     * A rating of 0 removes a positive rating but keeps a rejection (-1) another program set.
     */
    public static void write(XMPMeta meta, FileLabels labels, String writer) throws XMPException {
        meta.deleteProperty(XMPConst.NS_DC, "title");
        meta.deleteProperty(XMPConst.NS_DC, "description");
        meta.deleteProperty(XMPConst.NS_DC, SUBJECT);
        meta.deleteProperty(NS_LIGHTROOM, HIERARCHICAL);
        for (String property : List.of(WRITTEN_BY, TITLE_SOURCE, DESCRIPTION_SOURCE, TAG_SOURCES, CATEGORY_SOURCES)) {
            meta.deleteProperty(NS_POTHOS, property);
        }
        if (labels.title() != null) {
            meta.setLocalizedText(XMPConst.NS_DC, "title", "", DEFAULT_LANGUAGE, labels.title());
        }
        if (labels.description() != null) {
            meta.setLocalizedText(XMPConst.NS_DC, "description", "", DEFAULT_LANGUAGE, labels.description());
        }
        PropertyOptions bag = new PropertyOptions().setArray(true);
        for (FileLabels.Tag tag : labels.tags()) {
            meta.appendArrayItem(XMPConst.NS_DC, SUBJECT, bag, tag.name(), null);
        }
        for (FileLabels.Tag tag : labels.tags()) {
            meta.appendArrayItem(NS_LIGHTROOM, HIERARCHICAL, bag, tag.hierarchical(), null);
        }
        for (String category : labels.categories()) {
            meta.appendArrayItem(NS_LIGHTROOM, HIERARCHICAL, bag,
                    FileLabels.CATEGORY_ROOT + FileLabels.HIERARCHY_SEPARATOR + category, null);
        }
        Integer previous = integer(meta, XMPConst.NS_XMP, RATING);
        if (labels.rating() > 0) {
            meta.setPropertyInteger(XMPConst.NS_XMP, RATING, labels.rating());
        } else if (previous != null && previous > 0) {
            meta.deleteProperty(XMPConst.NS_XMP, RATING);
        }
        writeSources(meta, labels, writer);
    }

    private static void writeSources(XMPMeta meta, FileLabels labels, String writer) throws XMPException {
        meta.setProperty(NS_POTHOS, WRITTEN_BY, writer);
        FileLabels.Sources sources = labels.sources();
        if (labels.title() != null && sources.title() != null) {
            meta.setProperty(NS_POTHOS, TITLE_SOURCE, sources.title());
        }
        if (labels.description() != null && sources.description() != null) {
            meta.setProperty(NS_POTHOS, DESCRIPTION_SOURCE, sources.description());
        }
        for (FileLabels.Tag tag : labels.tags()) {
            addSource(meta, TAG_SOURCES, tag.name(), sources.tag(tag.name()));
        }
        for (String category : labels.categories()) {
            addSource(meta, CATEGORY_SOURCES, category, sources.category(category));
        }
    }

    private static void addSource(XMPMeta meta, String array, String name, String source) throws XMPException {
        if (source == null) {
            return;
        }
        meta.appendArrayItem(NS_POTHOS, array, new PropertyOptions().setArray(true), null, new PropertyOptions().setStruct(true));
        String item = XMPPathFactory.composeArrayItemPath(array, XMPConst.ARRAY_LAST_ITEM);
        meta.setStructField(NS_POTHOS, item, NS_POTHOS, NAME, name);
        meta.setStructField(NS_POTHOS, item, NS_POTHOS, SOURCE, source);
    }

    private static FileLabels.Sources sources(XMPMeta meta) throws XMPException {
        if (!writtenByPothos(meta)) {
            return FileLabels.Sources.NONE;
        }
        return new FileLabels.Sources(meta.getPropertyString(NS_POTHOS, TITLE_SOURCE),
                meta.getPropertyString(NS_POTHOS, DESCRIPTION_SOURCE),
                sourceMap(meta, TAG_SOURCES), sourceMap(meta, CATEGORY_SOURCES));
    }

    private static Map<String, String> sourceMap(XMPMeta meta, String array) throws XMPException {
        Map<String, String> sources = new HashMap<>();
        int count = meta.doesPropertyExist(NS_POTHOS, array) ? meta.countArrayItems(NS_POTHOS, array) : 0;
        for (int i = 1; i <= count; i++) {
            String item = XMPPathFactory.composeArrayItemPath(array, i);
            XMPProperty name = meta.getStructField(NS_POTHOS, item, NS_POTHOS, NAME);
            XMPProperty source = meta.getStructField(NS_POTHOS, item, NS_POTHOS, SOURCE);
            if (name != null && source != null && name.getValue() != null && source.getValue() != null) {
                sources.put(FileLabels.fold(name.getValue()), source.getValue());
            }
        }
        return sources;
    }

    /** A language alternative's default text, else its first alternative. */
    private static String text(XMPMeta meta, String property) throws XMPException {
        if (!meta.doesPropertyExist(XMPConst.NS_DC, property)) {
            return null;
        }
        XMPProperty localized = meta.getLocalizedText(XMPConst.NS_DC, property, "", DEFAULT_LANGUAGE);
        if (localized != null && localized.getValue() != null) {
            return localized.getValue();
        }
        XMPProperty plain = meta.getProperty(XMPConst.NS_DC, property);
        if (plain != null && plain.getOptions().isArray()) {
            return meta.countArrayItems(XMPConst.NS_DC, property) > 0
                    ? meta.getArrayItem(XMPConst.NS_DC, property, 1).getValue() : null;
        }
        return plain == null ? null : plain.getValue();
    }

    private static List<String> items(XMPMeta meta, String namespace, String array) throws XMPException {
        List<String> values = new ArrayList<>();
        if (!meta.doesPropertyExist(namespace, array)) {
            return values;
        }
        XMPProperty property = meta.getProperty(namespace, array);
        if (!property.getOptions().isArray()) {
            // Some writers put one keyword as a plain value.
            if (property.getValue() != null) {
                values.add(property.getValue());
            }
            return values;
        }
        int count = meta.countArrayItems(namespace, array);
        for (int i = 1; i <= count; i++) {
            XMPProperty item = meta.getArrayItem(namespace, array, i);
            if (item != null && item.getValue() != null) {
                values.add(item.getValue());
            }
        }
        return values;
    }

    /** xmp:Rating: -1 (rejected) and 0 are "no stars" to Pothos; fractions are rounded. */
    private static int rating(XMPMeta meta) {
        Integer value = integer(meta, XMPConst.NS_XMP, RATING);
        return value == null ? 0 : Math.max(0, Math.min(5, value));
    }

    private static Integer integer(XMPMeta meta, String namespace, String property) {
        try {
            String value = meta.getPropertyString(namespace, property);
            return value == null ? null : (int) Math.round(Double.parseDouble(value.strip()));
        } catch (XMPException | NumberFormatException e) {
            return null;
        }
    }
}
