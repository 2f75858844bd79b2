package org.pothos.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.pothos.app.AppContext;
import org.pothos.library.LabelKind;
import org.pothos.vocabulary.LabelAlias;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "alias", mixinStandardHelpOptions = true,
        description = {"Names that stand for a label: a model's answer goes through them before it is stored",
                "(automobile -> car, puppy -> dog, 狗 -> dog)."},
        subcommands = {AliasCommand.Add.class, AliasCommand.ListAliases.class, AliasCommand.Remove.class})
final class AliasCommand implements Callable<Integer> {

    @ParentCommand
    LabelCountsCommand labels;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Say what to do: add, list or remove.");
    }

    /** A subcommand of {@code alias}: the kind is the grandparent's. */
    abstract static class Sub extends LibraryCommand {
        @ParentCommand
        AliasCommand alias;

        LabelKind kind() {
            return alias.labels.kind();
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Make FROM stand for TO (created when new). A label already named FROM is merged into TO."})
    static final class Add extends Sub {
        @Parameters(index = "0", paramLabel = "FROM", description = "The name a model may use.")
        String from;
        @Parameters(index = "1", paramLabel = "TO", description = "Your label.")
        String to;

        @Override
        protected int run(AppContext context) {
            context.vocabularyStore().addAlias(kind(), from, to);
            out().printf("'%s' now stands for the %s '%s'.%n", from.strip(), VocabularyCommand.singular(kind()), to.strip());
            return OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The aliases and the labels they stand for.")
    static final class ListAliases extends Sub {
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        protected int run(AppContext context) {
            List<LabelAlias> aliases = context.vocabularyStore().aliases(kind());
            if (json) {
                ItemPrinter.json(aliases, out());
            } else if (aliases.isEmpty()) {
                out().println("No aliases for " + VocabularyCommand.plural(kind()) + " yet.");
            } else {
                aliases.forEach(a -> out().printf("%-30s -> %s%n", a.alias(), a.target()));
            }
            return OK;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Forget an alias.")
    static final class Remove extends Sub {
        @Parameters(paramLabel = "FROM", description = "The alias.")
        String from;

        @Override
        protected int run(AppContext context) {
            if (!context.vocabularyStore().removeAlias(kind(), from)) {
                err().println("No alias '" + from.strip() + "'.");
                return FAILURE;
            }
            out().println("Forgot the alias '" + from.strip() + "'.");
            return OK;
        }
    }
}
