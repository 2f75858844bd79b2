import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Re-emits the class files of the libraries in a folder that are older than Java 6 (class-file version 50) at
 * version 52, with the stack maps the newer verifier reads; the code itself is unchanged. The JDK's ahead-of-time
 * cache leaves such old classes out ("Old class has been linked"), so the command-line parser, picocli (built for
 * Java 5), and every Pothos class that touches it were loaded, verified by the old inferring verifier and
 * interpreted at every start: about 0.4 s of `pothos stats` on two cores. Run by the build (`mvn package`) on
 * target/lib with the build's JDK, as a single-file program: {@code java packaging/ClassFileUpgrade.java DIR}.
 * A jar with no old class is not rewritten, so running it again changes nothing.
 */
public final class ClassFileUpgrade {

    private static final int OLDEST_KEPT = ClassFile.JAVA_6_VERSION;

    public static void main(String[] args) throws IOException {
        try (Stream<Path> jars = Files.list(Path.of(args[0]))) {
            for (Path jar : jars.filter(path -> path.toString().endsWith(".jar")).sorted().toList()) {
                if (!holdsOldClasses(jar)) {
                    continue;
                }
                int upgraded = upgrade(jar);
                if (upgraded > 0) {
                    System.out.println("ClassFileUpgrade: " + upgraded + " classes of " + jar.getFileName()
                            + " re-emitted at class-file version 52");
                }
            }
        }
    }

    /**
     * Whether a class of the jar is older than version 50, from the version in each class file's first 8 bytes: the
     * build's 70 jars are looked at in well under a second, and only those with old classes are rewritten.
     */
    private static boolean holdsOldClasses(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (isPlainClass(entry.getName())) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        byte[] header = in.readNBytes(8);
                        int major = header.length < 8 ? OLDEST_KEPT : (header[6] & 0xff) << 8 | (header[7] & 0xff);
                        if (major < OLDEST_KEPT) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** Rewrites a jar that holds old classes; the number rewritten. */
    private static int upgrade(Path jar) throws IOException {
        Path upgradedJar = jar.resolveSibling(jar.getFileName() + ".upgrading");
        int upgraded = 0;
        // Stack maps need the superclasses of the jar's own classes: the JDK's, or the jar's loaded on demand.
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
             InputStream in = Files.newInputStream(jar);
             ZipInputStream entries = new ZipInputStream(in);
             OutputStream out = Files.newOutputStream(upgradedJar);
             ZipOutputStream copy = new ZipOutputStream(out)) {
            ClassFile classFiles = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(
                    ClassHierarchyResolver.defaultResolver().orElse(ClassHierarchyResolver.ofClassLoading(loader))));
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                byte[] bytes = entries.readAllBytes();
                if (isPlainClass(entry.getName())) {
                    ClassModel model = classFiles.parse(bytes);
                    if (model.majorVersion() < OLDEST_KEPT) {
                        bytes = classFiles.transformClass(model, withVersion52());
                        List<VerifyError> errors = classFiles.verify(bytes);
                        if (!errors.isEmpty()) {
                            throw new IOException(entry.getName() + " of " + jar.getFileName() + " does not verify at version 52: "
                                    + errors.getFirst().getMessage());
                        }
                        upgraded++;
                    }
                }
                ZipEntry copied = new ZipEntry(entry.getName());
                copied.setTime(entry.getTime());
                copy.putNextEntry(copied);
                copy.write(bytes);
                copy.closeEntry();
            }
        }
        Files.move(upgradedJar, jar, StandardCopyOption.REPLACE_EXISTING);
        return upgraded;
    }

    /** Classes of the jar proper: not module descriptors, not the classes for other Java versions. */
    private static boolean isPlainClass(String name) {
        return name.endsWith(".class") && !name.endsWith("module-info.class") && !name.startsWith("META-INF/");
    }

    /** Version 52, and every method body rebuilt, which is what makes the API compute its stack maps. */
    private static ClassTransform withVersion52() {
        ClassTransform version = (builder, element) -> {
            if (element instanceof ClassFileVersion) {
                builder.withVersion(ClassFile.JAVA_8_VERSION, 0);
            } else {
                builder.with(element);
            }
        };
        // In this order: the version reaches the builder that writes the class before its methods are built.
        return ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL).andThen(version);
    }

    private ClassFileUpgrade() {
    }
}
