package org.secondlook.app.cli;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.secondlook.text.Phrase;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What was wrong with the words typed, worded from what picocli's failure holds (the options, the values) rather than
 * from its English message, so that it reads in any language.
 */
final class ParseFailure {

    private ParseFailure() {
    }

    /** The sentence for {@code failure}, met while reading {@code args}. */
    static Phrase phrase(ParameterException failure, String[] args) {
        CommandSpec command = failure.getCommandLine().getCommandSpec();
        if (failure instanceof UnmatchedArgumentException unmatched) {
            return unmatched(unmatched, command, args);
        }
        if (failure instanceof MissingParameterException missing) {
            return missing(missing.getMissing(), args);
        }
        Optional<ArgGroupSpec> group = command.argGroups().stream().filter(ArgGroupSpec::exclusive).findFirst();
        if (failure instanceof MutuallyExclusiveArgsException && group.isPresent()) {
            return CliText.phrase("parse.exclusive", group.get().args().stream().map(ParseFailure::synopsis)
                    .collect(Collectors.joining(", ")));
        }
        if (failure instanceof MaxValuesExceededException && group.isPresent()) { // one of the group's options twice
            return CliText.phrase("parse.once", group.get().synopsis());
        }
        if (failure instanceof OverwrittenOptionException twice) {
            return CliText.phrase("parse.twice", named(twice.getOverwritten()));
        }
        if (failure.getArgSpec() != null && failure.getValue() != null) {
            return badValue(failure);
        }
        return CliText.phrase("parse.other", failure.getMessage());
    }

    private static Phrase unmatched(UnmatchedArgumentException failure, CommandSpec command, String[] args) {
        List<String> typed = failure.getUnmatched();
        if (!typed.isEmpty()) {
            return CliText.phrase(failure.isUnknownOption() ? "parse.unknown" : "parse.unmatched", typed.size(), quoted(typed));
        }
        // An unknown option where an option's value was due: picocli keeps only its own English sentence.
        List<String> unknown = Arrays.stream(args).filter(arg -> arg.startsWith("-") && !known(command, arg)).limit(1).toList();
        return CliText.phrase("parse.unknown", unknown.size(), quoted(unknown));
    }

    private static Phrase missing(List<ArgSpec> missing, String[] args) {
        if (missing.size() == 1 && missing.get(0) instanceof OptionSpec option && typed(option, args)) {
            return CliText.phrase("parse.missingValue", named(option));
        }
        ArgGroupSpec group = missing.get(0).group();
        if (group != null && group.exclusive() && missing.stream().allMatch(arg -> arg.group() == group)) {
            return CliText.phrase("parse.oneOf", group.synopsis());
        }
        if (missing.size() == 1 && missing.get(0) instanceof PositionalParamSpec first) { // and every one after it
            List<PositionalParamSpec> all = first.command().positionalParameters();
            missing = List.copyOf(all.subList(all.indexOf(first), all.size()));
        }
        List<String> names = missing.stream().map(ParseFailure::synopsis).toList();
        return CliText.phrase(missing.stream().allMatch(ArgSpec::isPositional) ? "parse.missingParameters"
                : "parse.missingOptions", names.size(), quoted(names));
    }

    private static Phrase badValue(ParameterException failure) {
        ArgSpec arg = failure.getArgSpec();
        String value = failure.getValue();
        if (failure.getCause() instanceof Phrase.Worded why) {
            return CliText.phrase("parse.badValueBecause", named(arg), why.phrase());
        }
        Iterable<String> choices = arg.completionCandidates();
        if (choices != null) {
            return CliText.phrase("parse.badChoice", named(arg), value,
                    StreamSupport.stream(choices.spliterator(), false).collect(Collectors.joining(", ")));
        }
        return CliText.phrase("parse.badValue", named(arg), value);
    }

    /** How the option or value is written in a synopsis: {@code --from=FILE}, {@code ID}. */
    private static String synopsis(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.longestName() + (option.arity().max() > 0 ? "=" + option.paramLabel() : "");
        }
        return arg.paramLabel();
    }

    /** The option or value as a sentence names it: {@code '--db' (PATH)}, {@code '--json'}, {@code 'ID'}. */
    private static String named(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return "'" + option.longestName() + "'" + (option.arity().max() > 0 ? " (" + option.paramLabel() + ")" : "");
        }
        return "'" + arg.paramLabel() + "'";
    }

    private static String quoted(Collection<String> texts) {
        return texts.stream().map(text -> "'" + text + "'").collect(Collectors.joining(", "));
    }

    private static boolean typed(OptionSpec option, String[] args) {
        return Arrays.stream(args).anyMatch(arg -> Arrays.stream(option.names())
                .anyMatch(name -> arg.equals(name) || arg.startsWith(name + "=")));
    }

    private static boolean known(CommandSpec command, String arg) {
        int equals = arg.indexOf('=');
        return command.optionsMap().containsKey(equals > 0 ? arg.substring(0, equals) : arg);
    }
}
