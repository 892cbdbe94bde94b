package az.industry.common.batch;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: comma-separated fields, records ended by CRLF, LF or CR; a field in double quotes may hold
 * commas, line breaks and {@code ""} for a quote. Blank lines are skipped. Each record keeps the line it starts on.
 */
public final class Csv {

    private Csv() {
    }

    /** One record: the (1-based) line it starts on and its fields, as written (not trimmed). */
    public record Line(int number, List<String> cells) {
    }

    /** The text is not well-formed CSV at {@code line}. */
    public static final class MalformedException extends RuntimeException {

        private final int line;

        MalformedException(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /** Splits {@code text} into records; throws {@link MalformedException} on a stray or unterminated quote. */
    public static List<Line> parse(String text) {
        return new Parser(text).run();
    }

    /** The state of one pass over the text. */
    private static final class Parser {
        private final String text;
        private final List<Line> lines = new ArrayList<>();
        private List<String> cells = new ArrayList<>();
        private final StringBuilder cell = new StringBuilder();
        private int line = 1;
        private int recordStart = 1;
        private boolean quoted;
        private boolean inQuotes;
        private boolean closed;

        Parser(String text) {
            this.text = text;
        }

        List<Line> run() {
            int n = text.length();
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c == '\r') {
                    if (i + 1 < n && text.charAt(i + 1) == '\n') {
                        if (inQuotes) {
                            cell.append(c);
                        }
                        continue;
                    }
                    c = '\n';
                }
                if (inQuotes) {
                    i = quotedChar(c, i);
                } else {
                    plainChar(c);
                }
            }
            if (inQuotes) {
                throw new MalformedException(recordStart, "unterminated quoted field");
            }
            endRecord();
            return lines;
        }

        private int quotedChar(char c, int i) {
            if (c == '"') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    return i + 1;
                }
                inQuotes = false;
                closed = true;
                return i;
            }
            if (c == '\n') {
                line++;
            }
            cell.append(c);
            return i;
        }

        private void plainChar(char c) {
            switch (c) {
                case ',' -> endCell();
                case '\n' -> {
                    endRecord();
                    line++;
                    recordStart = line;
                }
                case '"' -> {
                    if (quoted || !cell.toString().isBlank()) {
                        throw new MalformedException(line,
                                "stray quote; quote the whole field and write a quote inside it as \"\"");
                    }
                    cell.setLength(0);
                    quoted = true;
                    inQuotes = true;
                }
                default -> {
                    if (closed && c != ' ' && c != '\t') {
                        throw new MalformedException(line, "text after a closing quote");
                    }
                    if (!closed) {
                        cell.append(c);
                    }
                }
            }
        }

        private void endCell() {
            cells.add(cell.toString());
            cell.setLength(0);
            quoted = false;
            closed = false;
        }

        private void endRecord() {
            boolean blank = cells.isEmpty() && !quoted && cell.toString().isBlank();
            endCell();
            if (!blank) {
                lines.add(new Line(recordStart, List.copyOf(cells)));
            }
            cells = new ArrayList<>();
        }
    }
}
