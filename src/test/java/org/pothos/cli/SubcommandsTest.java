package org.pothos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.testsupport.TestImages;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A run builds only the command it names; help, usage errors and the inherited options still see every command.
 */
class SubcommandsTest {

    @TempDir
    Path temp;

    @Test
    void theTableHasTheNamesAndAliasesTheCommandsAnnounce() {
        Map<String, Class<?>> announced = new LinkedHashMap<>();
        for (Class<?> command : Subcommands.BY_NAME.values().stream().distinct().toList()) {
            Command annotation = command.getAnnotation(Command.class);
            announced.put(annotation.name(), command);
            for (String alias : annotation.aliases()) {
                announced.put(alias, command);
            }
        }
        assertEquals(announced, Subcommands.BY_NAME);
    }

    @Test
    void theOptionsThatNeedNoCommandAreThoseOfPothosItself() {
        Set<String> options = new CommandLine(new PothosCommand(dir -> 0)).getCommandSpec().options().stream()
                .flatMap(option -> Arrays.stream(option.names()))
                .filter(name -> !name.equals("-h") && !name.equals("--help"))
                .collect(Collectors.toSet());
        assertEquals(options, Subcommands.OPTIONS_WITHOUT_COMMAND);
    }

    @Test
    void aRunThatNamesItsCommandGetsThatOneAlone() {
        assertEquals(List.of(StatsCommand.class), Subcommands.needed(new String[] {"stats"}));
        assertEquals(List.of(ListCommand.class), Subcommands.needed(new String[] {"--data-dir", "/x", "list", "--limit", "5"}));
        assertEquals(List.of(ListCommand.class), Subcommands.needed(new String[] {"--data-dir=/x", "--verbose", "list"}));
        assertEquals(List.of(AnalyzeCommand.class), Subcommands.needed(new String[] {"analyse", "--all"}));
        // The value of --data-dir is no command, even when it is spelt like one.
        assertEquals(List.of(), Subcommands.needed(new String[] {"--data-dir", "stats"}));
        assertEquals(List.of(), Subcommands.needed(new String[] {}));
        assertEquals(List.of(), Subcommands.needed(new String[] {"--version"}));
        assertEquals(List.of(), Subcommands.needed(new String[] {"--self-check"}));
    }

    @Test
    void helpAndMistakesGetEveryCommand() {
        int all = (int) Subcommands.BY_NAME.values().stream().distinct().count();
        assertEquals(all, Subcommands.needed(new String[] {"--help"}).size());
        assertEquals(all, Subcommands.needed(new String[] {"staats"}).size());
        assertEquals(all, Subcommands.needed(new String[] {"--frobnicate", "stats"}).size());
    }

    @Test
    void theCommandLineStillWorksAsOneWhole() throws IOException {
        CliRunner cli = new CliRunner(temp.resolve("library"));
        CliRunner.Result help = cli.run("--help");
        assertEquals(0, help.exitCode());
        for (Class<?> command : Subcommands.BY_NAME.values().stream().distinct().toList()) {
            String name = command.getAnnotation(Command.class).name();
            assertTrue(help.out().contains("\n  " + name), name + " missing from help:\n" + help.out());
        }
        CliRunner.Result misspelt = cli.run("staats");
        assertEquals(2, misspelt.exitCode());
        assertTrue(misspelt.err().contains("stats"), "a misspelt command is answered with the right one:\n" + misspelt.err());

        // --data-dir after the command (an inherited option) reaches the command built alone.
        Path photos = Files.createDirectories(temp.resolve("photos"));
        TestImages.jpeg(photos, "one.jpg", 60, 40);
        Path other = temp.resolve("other");
        PrintingRun imported = PrintingRun.of(new String[] {"import", photos.toString(), "--data-dir", other.toString()});
        assertEquals(0, imported.code(), imported.err());
        PrintingRun stats = PrintingRun.of(new String[] {"stats", "--json", "--data-dir", other.toString()});
        assertEquals(0, stats.code(), stats.err());
        assertTrue(Pattern.compile("\"items\"\\s*:\\s*1\\b").matcher(stats.out()).find(), stats.out());
    }

    /** A run without CliRunner's leading --data-dir, to give the option after the command. */
    private record PrintingRun(int code, String out, String err) {
        static PrintingRun of(String[] args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = PothosCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true),
                    dir -> 1, Map.of());
            return new PrintingRun(code, out.toString(), err.toString());
        }
    }
}
