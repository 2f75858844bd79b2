package org.pothos.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.pothos.app.AppContext;
import org.pothos.labelsync.LabelSyncService;
import org.pothos.library.MediaItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Show everything known about one item.")
final class ShowCommand extends LibraryCommand {

    @Parameters(paramLabel = "ID", description = "The item's id, as `list` prints it.")
    long id;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    protected int run(AppContext context) {
        Optional<MediaItem> item = context.mediaStore().findById(id);
        if (item.isEmpty()) {
            err().println("No item with id " + id + ".");
            return FAILURE;
        }
        Optional<LabelSyncService.FileState> files = context.labelSync().fileState(id);
        if (json) {
            Map<String, Object> map = ItemPrinter.toMap(item.get());
            files.ifPresent(state -> map.put("files", filesMap(state)));
            ItemPrinter.json(map, out());
        } else {
            ItemPrinter.detail(item.get(), out());
            files.ifPresent(state -> {
                if (state.companion() != null) {
                    out().println("RAW file:          " + state.companion());
                }
                state.sidecars().forEach(sidecar -> out().println("sidecar:           " + sidecar));
                out().println("labels in files:   " + (state.inStep() ? "in step" : "differ (`xmp write " + id + "` writes them)"));
                if (state.writeError() != null) {
                    out().println("last write failed: " + state.writeError());
                }
            });
            out().println("thumbnail file:    " + context.thumbnailService().cachedFile(item.get().contentHash()));
        }
        return OK;
    }

    private static Map<String, Object> filesMap(LabelSyncService.FileState state) {
        Map<String, Object> files = new LinkedHashMap<>();
        files.put("companion", state.companion() == null ? null : state.companion().toString());
        files.put("sidecars", state.sidecars().stream().map(Object::toString).toList());
        files.put("inStep", state.inStep());
        files.put("writeError", state.writeError());
        return files;
    }
}
