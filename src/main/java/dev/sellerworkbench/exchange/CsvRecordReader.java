package dev.sellerworkbench.exchange;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/// A forgiving streaming CSV reader (RFC 4180 plus what real files do): `,`, `;` or tab
/// separators, CRLF, LF or CR line ends, quoted cells spanning lines. Unlike a strict parser it
/// survives damage: a record with broken quoting is reported and reading resumes at the next
/// line, so one stray quote costs one row, not the rest of the file; a cell longer than
/// `maxCell` is reported without being held in memory. When a quote stays open for more than
/// [#MAX_REPLAY] characters over several lines, the next record boundary cannot be proven: the
/// reader throws [UnclosedQuoteException] rather than swallow the rows after it unreported.
final class CsvRecordReader implements Closeable {

    /// How much of a record's raw text is kept to resume after broken quoting.
    private static final int MAX_REPLAY = 1 << 20;

    /// One record: its first line, its cells, and what went wrong (null when nothing).
    record Record(long line, List<String> cells, Problem problem, int problemCell) {
    }

    enum Problem { BROKEN_QUOTING, CELL_TOO_LONG }

    /// A quote opened on `line` and not closed within `limit` characters spanning several lines:
    /// the file cannot be read on safely.
    static final class UnclosedQuoteException extends IOException {

        final long line;
        final int limit;

        UnclosedQuoteException(long line, int limit) {
            super("quote opened on line " + line + " not closed within " + limit + " characters");
            this.line = line;
            this.limit = limit;
        }
    }

    private final Reader in;
    private final char delimiter;
    private final int maxCell;
    private final char[] buffer = new char[1 << 16];
    private int pos;
    private int len;
    private String replay = "";
    private int replayPos;
    private long line = 1;
    private final StringBuilder raw = new StringBuilder();
    private boolean rawOverflow;
    private boolean eof;

    CsvRecordReader(Reader in, char delimiter, int maxCell) {
        this.in = in;
        this.delimiter = delimiter;
        this.maxCell = maxCell;
    }

    long line() {
        return line;
    }

    private int pending = -2;

    private int read() throws IOException {
        if (pending != -2) {
            int c = pending;
            pending = -2;
            return c;
        }
        if (replayPos < replay.length()) {
            return replay.charAt(replayPos++);
        }
        if (pos >= len) {
            if (eof) {
                return -1;
            }
            len = in.read(buffer, 0, buffer.length);
            pos = 0;
            if (len <= 0) {
                eof = true;
                len = 0;
                return -1;
            }
        }
        return buffer[pos++];
    }

    private int peek() throws IOException {
        if (pending == -2) {
            pending = read();
        }
        return pending;
    }

    private void keep(int c) {
        if (!rawOverflow) {
            if (raw.length() >= MAX_REPLAY) {
                rawOverflow = true;
            } else {
                raw.append((char) c);
            }
        }
    }

    /// The next record, or null at the end of the input.
    Record next() throws IOException {
        raw.setLength(0);
        rawOverflow = false;
        long start = line;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean tooLong = false;
        int tooLongCell = -1;
        int state = 0; // 0 cell start, 1 unquoted, 2 quoted, 3 quote inside quoted
        boolean any = false;
        while (true) {
            int c = read();
            if (c < 0) {
                if (!any) {
                    return null;
                }
                if (state == 2) {
                    return broken(start, cells);
                }
                cells.add(cell.toString());
                return finish(start, cells, tooLong, tooLongCell);
            }
            any = true;
            keep(c);
            boolean newline = c == '\n' || c == '\r';
            if (newline && c == '\r' && peek() == '\n') {
                keep(read());
            }
            switch (state) {
                case 0, 1 -> {
                    if (state == 0 && c == '"') {
                        state = 2;
                    } else if (c == delimiter) {
                        cells.add(cell.toString());
                        cell.setLength(0);
                        state = 0;
                    } else if (newline) {
                        line++;
                        cells.add(cell.toString());
                        return finish(start, cells, tooLong, tooLongCell);
                    } else {
                        state = 1;
                        if (cell.length() < maxCell) {
                            cell.append((char) c);
                        } else if (!tooLong) {
                            tooLong = true;
                            tooLongCell = cells.size();
                        }
                    }
                }
                case 2 -> {
                    if (c == '"') {
                        state = 3;
                    } else {
                        if (newline) {
                            line++;
                        }
                        if (cell.length() < maxCell) {
                            if (newline) {
                                cell.append('\n');
                            } else {
                                cell.append((char) c);
                            }
                        } else if (!tooLong) {
                            tooLong = true;
                            tooLongCell = cells.size();
                        }
                    }
                }
                default -> {
                    if (c == '"') {
                        if (cell.length() < maxCell) {
                            cell.append('"');
                        }
                        state = 2;
                    } else if (c == delimiter) {
                        cells.add(cell.toString());
                        cell.setLength(0);
                        state = 0;
                    } else if (newline) {
                        line++;
                        cells.add(cell.toString());
                        return finish(start, cells, tooLong, tooLongCell);
                    } else {
                        if (c == ' ' || c == '\t') {
                            // spaces after a closing quote are harmless; keep reading
                            continue;
                        }
                        return broken(start, cells);
                    }
                }
            }
        }
    }

    private Record finish(long start, List<String> cells, boolean tooLong, int tooLongCell) {
        return new Record(start, cells, tooLong ? Problem.CELL_TOO_LONG : null, tooLongCell);
    }

    /// Broken quoting in the record that began on `start`: report it and resume on the line
    /// after `start`, replaying what the record swallowed beyond its first line.
    private Record broken(long start, List<String> cells) throws IOException {
        if (line > start && rawOverflow) {
            throw new UnclosedQuoteException(start, MAX_REPLAY);
        }
        if (line > start) {
            String text = raw.toString();
            int nl = firstLineEnd(text);
            String rest = nl < 0 ? "" : text.substring(nl);
            if (pending >= 0) {
                rest = rest + (char) pending;
            }
            pending = -2;
            replay = rest + replay.substring(Math.min(replayPos, replay.length()));
            replayPos = 0;
            line = start + 1;
        } else if (line == start) {
            // skip the rest of this physical line
            int c;
            while ((c = read()) >= 0) {
                if (c == '\n') {
                    break;
                }
                if (c == '\r') {
                    if (peek() == '\n') {
                        read();
                    }
                    break;
                }
            }
            line = start + 1;
        }
        return new Record(start, cells, Problem.BROKEN_QUOTING, -1);
    }

    private static int firstLineEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (c == '\r') {
                return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            }
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
