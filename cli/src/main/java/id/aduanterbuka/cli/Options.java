package id.aduanterbuka.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} pairs of a command line, with messages an operator can act on. */
final class Options {
  private Options() {}

  static Map<String, String> parse(List<String> args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.size(); i += 2) {
      String name = args.get(i);
      if (!name.startsWith("--")) {
        throw new IllegalArgumentException("expected an option like --name, found '" + name + "'");
      }
      if (i + 1 >= args.size()) {
        throw new IllegalArgumentException(name + " needs a value");
      }
      options.put(name, args.get(i + 1));
    }
    return options;
  }

  /** A command line of files and {@code --name value} options, as the import commands take it. */
  record FilesAndOptions(List<Path> files, Map<String, String> options) {
    /** The files, after checking there is one at least and each can be read. */
    List<Path> readableFiles(String usage) {
      if (files.isEmpty()) {
        throw new IllegalArgumentException("import needs at least one file\n" + usage);
      }
      for (Path f : files) {
        if (!Files.isReadable(f)) {
          throw new IllegalArgumentException("cannot read " + f);
        }
      }
      return files;
    }
  }

  /** Splits {@code args} into files and options; an option not in {@code allowed} is refused. */
  static FilesAndOptions filesAndOptions(List<String> args, String usage, String... allowed) {
    List<Path> files = new ArrayList<>();
    List<String> optionArgs = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i).startsWith("--")) {
        optionArgs.add(args.get(i));
        if (i + 1 < args.size()) {
          optionArgs.add(args.get(++i));
        }
      } else {
        files.add(Path.of(args.get(i)));
      }
    }
    Map<String, String> options = parse(optionArgs);
    for (String name : options.keySet()) {
      if (!List.of(allowed).contains(name)) {
        throw new IllegalArgumentException("unknown option " + name + "\n" + usage);
      }
    }
    return new FilesAndOptions(files, options);
  }

  static int integer(Map<String, String> options, String name, int fallback) {
    String value = options.get(name);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, was '" + value + "'");
    }
  }
}
