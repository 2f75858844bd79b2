package org.pothos.cli;

import java.util.ArrayList;
import java.util.List;
import org.pothos.app.AppContext;
import org.pothos.labelsync.LabelSyncService;
import org.pothos.labelsync.LabelSyncStore;
import org.pothos.library.LabelWriteMode;
import org.pothos.library.MediaQuery;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

@Command(name = "xmp", mixinStandardHelpOptions = true,
        description = {"Labels in the pictures' files: whether Pothos writes them (XMP sidecars, or embedded),",
                "write them now, and see how many items differ from their files.",
                "Labels other programs wrote are always read, on import and rescan."},
        subcommands = {XmpCommand.Mode.class, XmpCommand.Write.class, XmpCommand.Status.class})
final class XmpCommand {

    static final String EMBED_WARNING = "Embedding writes into your original pictures (JPEG, PNG, TIFF, WebP): "
            + "their XMP (and IPTC for JPEG) changes; pixels and other metadata stay as they were, and each file is "
            + "replaced only after the new one is checked. RAW and HEIC pictures get sidecars instead.";

    private XmpCommand() {
    }

    @Command(name = "mode", mixinStandardHelpOptions = true,
            description = {"Show or set where the window writes labels as they change: off (nothing is written),",
                    "sidecar (IMG_1234.JPG.xmp beside each picture) or embed (into the pictures themselves)."})
    static final class Mode extends LibraryCommand {

        @Parameters(arity = "0..1", paramLabel = "off|sidecar|embed", description = "The new mode; without it, the mode is shown.")
        String mode;

        @Override
        protected int run(AppContext context) {
            LabelSyncService sync = context.labelSync();
            if (mode == null) {
                out().println(sync.mode().key());
                return OK;
            }
            LabelWriteMode chosen;
            try {
                chosen = LabelWriteMode.fromKey(mode);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            sync.setMode(chosen);
            out().println("Labels are " + switch (chosen) {
                case OFF -> "not written to files (they are still read from them).";
                case SIDECAR -> "written to XMP sidecars beside the pictures; the pictures are not changed.";
                case EMBED -> "written into the pictures themselves.";
            });
            if (chosen == LabelWriteMode.EMBED) {
                err().println("Warning: " + EMBED_WARNING);
            }
            if (chosen != LabelWriteMode.OFF) {
                out().println("The window writes them as they change; `pothos xmp write --all` writes the whole library now.");
            }
            return OK;
        }
    }

    @Command(name = "write", mixinStandardHelpOptions = true,
            description = {"Write items' labels into their files now (items already in step are left alone).",
                    "Without --sidecar or --embed, the library's mode decides.",
                    "Examples: xmp write --all    xmp write 12 15 --sidecar    xmp write --query --tag beach"})
    static final class Write extends LibraryCommand {

        static final class Target {
            @Option(names = "--sidecar", description = "Write XMP sidecars, whatever the mode.")
            boolean sidecar;
            @Option(names = "--embed", description = "Write into the pictures themselves, whatever the mode.")
            boolean embed;
        }

        @ArgGroup(exclusive = true, multiplicity = "0..1")
        Target target;

        @Option(names = "--all", description = "Every item.")
        boolean all;

        @Parameters(arity = "0..*", paramLabel = "ID", description = "Item ids, as `list` prints them.")
        List<Long> ids = new ArrayList<>();

        @Mixin
        ItemSelectionOptions selection;

        @Override
        protected int run(AppContext context) {
            LabelSyncService sync = context.labelSync();
            LabelWriteMode mode = target == null ? sync.mode() : target.embed ? LabelWriteMode.EMBED : LabelWriteMode.SIDECAR;
            if (mode == LabelWriteMode.OFF) {
                throw new ParameterException(spec.commandLine(),
                        "Writing labels is off for this library: choose --sidecar or --embed, or set a mode with `xmp mode`.");
            }
            List<Long> chosen = chosenIds(context);
            if (mode == LabelWriteMode.EMBED) {
                err().println("Note: " + EMBED_WARNING);
            }
            ProgressLine progress = new ProgressLine(err());
            try (Interruptible interruptible = new Interruptible()) {
                LabelSyncService.Report report = sync.write(chosen, mode, new LabelSyncService.Listener() {
                    @Override
                    public void onOutcome(LabelSyncService.ItemOutcome outcome, int done, int total) {
                        progress.update("Writing labels: " + done + " of " + total + " item(s)");
                    }
                }, interruptible.cancellation());
                progress.finish();
                out().printf("%s%d written, %d already in step, %d failed%n", report.cancelled() ? "Stopped. " : "",
                        report.count(LabelSyncService.Result.WRITTEN), report.count(LabelSyncService.Result.IN_STEP),
                        report.count(LabelSyncService.Result.FAILED));
                report.outcomes().stream()
                        .filter(o -> o.result() == LabelSyncService.Result.FAILED)
                        .forEach(o -> out().printf("  item %d (%s): %s%n", o.id(), o.path(), o.detail()));
                out().flush();
                return report.count(LabelSyncService.Result.FAILED) == 0 ? OK : FAILURE;
            }
        }

        private List<Long> chosenIds(AppContext context) {
            if (all) {
                if (!ids.isEmpty() || !selection.ids.isEmpty() || selection.query) {
                    throw new ParameterException(spec.commandLine(), "Choose items either with --all, by id or with --query.");
                }
                return context.mediaStore().findIds(MediaQuery.all());
            }
            try {
                return selection.resolve(context, ids);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "How many items have labels their files do not hold yet, and which could not be written.")
    static final class Status extends LibraryCommand {

        @Override
        protected int run(AppContext context) {
            LabelSyncService sync = context.labelSync();
            LabelSyncService.Status status = sync.status();
            out().printf("Mode: %s%n", sync.mode().key());
            out().printf("%d of %d item(s) differ from their files%s%n", status.differ(), status.items(),
                    status.neverRead() == 0 ? "" : " (" + status.neverRead() + " whose files were never read: `rescan` reads them)");
            if (status.failed() > 0) {
                out().printf("%d item(s) could not be written the last time:%n", status.failed());
                for (LabelSyncStore.State failure : status.failures()) {
                    out().printf("  item %d (%s): %s%n", failure.id(), failure.path(), failure.writeError());
                }
            }
            if (status.differ() > 0) {
                out().println(sync.mode() == LabelWriteMode.OFF
                        ? "Writing is off: `xmp write --all --sidecar` writes them once, `xmp mode sidecar` keeps files in step."
                        : "`xmp write --all` writes them now.");
            }
            return OK;
        }
    }
}
