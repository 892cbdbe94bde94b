package az.industry.infra.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The bench's result table (figure, value, baseline, ratio, target, met), printed and written between the markers in BENCHMARKS.md. */
final class BenchReport {

    static final String START = "<!-- ./platform bench: generated section, start (do not edit by hand) -->";
    static final String END = "<!-- ./platform bench: generated section, end -->";

    /** Whether a figure meets its target; NONE where it has none. */
    enum Verdict {
        MET("met"), NOT_MET("**not met**"), NONE("");

        final String text;

        Verdict(String text) {
            this.text = text;
        }

        static Verdict of(boolean met) {
            return met ? MET : NOT_MET;
        }
    }

    /** One line of the table. */
    record Row(String figure, String value, String baseline, String ratio, String target, Verdict verdict) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    BenchReport row(String figure, String value, String baseline, String ratio, String target, Verdict verdict) {
        rows.add(new Row(figure, value, baseline, ratio, target, verdict));
        return this;
    }

    /** A sentence printed under the table (what a figure measures, what was skipped). */
    BenchReport note(String note) {
        notes.add(note);
        return this;
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    /** The table in Markdown, one row per figure, pipes in cells escaped. */
    String table() {
        StringBuilder b = new StringBuilder();
        b.append("| figure | value | baseline (same run) | ratio | target | met |\n");
        b.append("| --- | --- | --- | --- | --- | --- |\n");
        for (Row r : rows) {
            b.append("| ").append(cell(r.figure())).append(" | ").append(cell(r.value())).append(" | ").append(cell(r.baseline()))
                    .append(" | ").append(cell(r.ratio())).append(" | ").append(cell(r.target())).append(" | ")
                    .append(r.verdict().text).append(" |\n");
        }
        return b.toString();
    }

    /** The generated section: heading, date and machine, settings, the table, the notes; between the markers. */
    String section(Machine machine, String settings) {
        StringBuilder b = new StringBuilder();
        b.append(START).append("\n");
        b.append("## Latest `./platform bench` (generated ").append(machine.date()).append(")\n\n");
        b.append("Machine: ").append(machine.describe()).append(". Settings: ").append(settings).append(".\n\n");
        b.append(table());
        if (!notes.isEmpty()) {
            b.append("\n");
            notes.forEach(n -> b.append("- ").append(n).append("\n"));
        }
        b.append(END).append("\n");
        return b.toString();
    }

    /**
     * {@code markdown} with its generated section replaced by {@code section}; without one, the section goes before the
     * first second-level heading (after the file's introduction), or at the end.
     */
    static String replaceSection(String markdown, String section) {
        int start = markdown.indexOf(START);
        int end = markdown.indexOf(END);
        if (start >= 0 && end > start) {
            int after = end + END.length();
            if (after < markdown.length() && markdown.charAt(after) == '\n') {
                after++;
            }
            return markdown.substring(0, start) + section + markdown.substring(after);
        }
        int heading = markdown.startsWith("## ") ? 0 : markdown.indexOf("\n## ");
        if (heading < 0) {
            return markdown + (markdown.isEmpty() || markdown.endsWith("\n\n") ? "" : markdown.endsWith("\n") ? "\n" : "\n\n") + section;
        }
        int at = heading == 0 ? 0 : heading + 1;
        return markdown.substring(0, at) + section + "\n" + markdown.substring(at);
    }

    /** Rewrites the generated section of the file {@code markdown} (created if missing). */
    static void write(Path markdown, String section) {
        try {
            String text = Files.exists(markdown) ? Files.readString(markdown, StandardCharsets.UTF_8) : "# Benchmarks\n\n";
            Files.writeString(markdown, replaceSection(text, section), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + markdown, e);
        }
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
