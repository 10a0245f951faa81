package id.aduanterbuka.cli;

import java.util.List;
import java.util.Map;

/**
 * One record of an import file, before validation: the line it starts on, its fields under the
 * file's own names, and (JSON Lines only) its events, else null. A record that cannot even be
 * parsed carries {@code problem} instead.
 */
record SourceRecord(
    long line, Map<String, String> fields, List<Map<String, String>> events, String problem) {}
