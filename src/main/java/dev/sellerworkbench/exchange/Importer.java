package dev.sellerworkbench.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.sellerworkbench.service.SettlementService;
import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.store.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.jdbi.v3.core.Handle;

/// Imports files into a workspace (docs/rules.md §8). The format is told from the content, never the file
/// name. Every row is validated; rejected rows are reported with line, column and a reason in the
/// user's language. Accepted rows are committed in one transaction — or, in strict mode, nothing
/// is committed when any row was rejected. A file that cannot be read at all is rejected whole.
/// Files are streamed: a million-row CSV never sits in memory.
///
/// The window calls [#preview] for the preview dialog, then [#run] on a background thread with a
/// [Progress] that can cancel; cancelling rolls everything back and throws
/// [Progress.CancelledException].
public final class Importer {

    /// Rejected rows listed in a result; beyond this only [ImportResult#rejectedTotal] counts.
    public static final int MAX_REPORTED = 10_000;
    static final int BATCH = 1_000;

    private final Workspace workspace;
    private final Messages messages;
    private final Clock clock;

    public Importer(Workspace workspace, Messages messages, Clock clock) {
        this.workspace = workspace;
        this.messages = messages;
        this.clock = clock;
    }

    /// The format name of a file for a kind (`creators-csv`, `orders-platform-json` …).
    ///
    /// @throws FileRejectedException when the file cannot be imported as `kind` at all
    public String detect(ImportKind kind, Path file) {
        try (Opened opened = open(kind, file, handler(kind))) {
            return opened.format;
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /// What a dropped file most likely is, from its content: the JSON list it holds, or the kind
    /// whose required columns its header has (the most specific kinds are tried first). Empty
    /// when nothing fits; the window then asks.
    public Optional<ImportKind> guessKind(Path file) {
        List<ImportKind> order = List.of(ImportKind.ORDERS, ImportKind.APPLICATIONS, ImportKind.SAMPLES, ImportKind.COLLABORATIONS, ImportKind.STATS,
                ImportKind.PRODUCTS, ImportKind.CREATORS);
        for (ImportKind kind : order) {
            try (Opened opened = open(kind, file, handler(kind))) {
                if (opened.json == null) {
                    return Optional.of(kind);
                }
                opened.source.next();
                if (opened.json.sawArray()) {
                    return Optional.of(kind);
                }
            } catch (IOException | RuntimeException e) {
                // not this kind; try the next
            }
        }
        return Optional.empty();
    }

    /// The detected format, the column mapping and the first `maxRows` rows, as the file has them.
    ///
    /// @throws FileRejectedException when the file cannot be imported as `kind` at all
    public ImportPreview preview(ImportKind kind, Path file, int maxRows) {
        try (Opened opened = open(kind, file, handler(kind))) {
            Columns columns = opened.source.columns();
            List<ImportPreview.ColumnMapping> mapping = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                mapping.add(new ImportPreview.ColumnMapping(columns.sourceNames().get(i), columns.fieldOf(i)));
            }
            List<ImportPreview.PreviewRow> rows = new ArrayList<>();
            Row row;
            while (rows.size() < maxRows && (row = opened.source.next()) != null) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < columns.size(); i++) {
                    cells.add(i < row.cells.length && row.cells[i] != null ? row.cells[i] : "");
                }
                rows.add(new ImportPreview.PreviewRow(row.line, cells));
            }
            return new ImportPreview(kind, opened.format, mapping, rows);
        } catch (IOException | RuntimeException e) {
            FileRejectedException rejection = asRejection(file, e);
            if (rejection == null) {
                throw e instanceof RuntimeException r ? r : new UncheckedIOException((IOException) e);
            }
            throw rejection;
        }
    }

    /// Imports `file` as `kind`. Never throws for bad content (that is in the result); throws
    /// [Progress.CancelledException] when `progress` cancels, after rolling back.
    public ImportResult run(ImportKind kind, Path file, boolean strict, Progress progress) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        RowHandler<?> handler = handler(kind);
        String format = null;
        try (Opened opened = open(kind, file, handler)) {
            format = opened.format;
            return execute(handler, opened, name, strict, progress);
        } catch (Progress.CancelledException e) {
            throw e;
        } catch (FileRejectedException e) {
            return ImportResult.wholeFile(name, format, e.line(), e.getMessage());
        } catch (IOException | RuntimeException e) {
            FileRejectedException rejection = asRejection(file, e);
            if (rejection == null) {
                throw e instanceof RuntimeException r ? r : new UncheckedIOException((IOException) e);
            }
            return ImportResult.wholeFile(name, format, rejection.line(), rejection.getMessage());
        }
    }

    private <T> ImportResult execute(RowHandler<T> handler, Opened opened, String name, boolean strict,
                                     Progress progress) throws IOException {
        long estimate = opened.estimatedRows;
        String message = messages.get("exchange.progress", name);
        KeySet keys = new KeySet();
        List<RejectedRow> rejected = new ArrayList<>();
        List<ImportWarning> warnings = new ArrayList<>();
        long rejectedTotal = 0;
        long accepted = 0;
        long done = 0;
        List<T> batch = new ArrayList<>(BATCH);
        Columns columns = opened.source.columns();
        for (int[] pair : columns.duplicates()) {
            warnings.add(new ImportWarning(opened.source.headerLine(), columns.sourceNames().get(pair[1]),
                    messages.get("exchange.warn.duplicateHeader", columns.sourceNames().get(pair[1]), pair[0] + 1,
                            pair[1] + 1)));
        }
        try (Handle h = workspace.jdbi().open()) {
            h.begin();
            try {
                handler.begin(h);
                progress.update(0, estimate, message);
                Row row;
                while ((row = opened.source.next()) != null) {
                    done++;
                    if (done % 100 == 0) {
                        progress.checkCancelled();
                        if (done % BATCH == 0) {
                            progress.update(done, Math.max(estimate, done), message);
                        }
                    }
                    RowRejectedException problem = row.problem;
                    T item = null;
                    if (problem == null) {
                        try {
                            item = handler.parse(row, h);
                            for (String key : handler.keys(item)) {
                                long first = keys.add(key, row.line);
                                if (first != 0) {
                                    problem = new RowRejectedException(handler.keyField(), "exchange.row.duplicate", first);
                                    break;
                                }
                            }
                        } catch (RowRejectedException e) {
                            problem = e;
                        }
                    }
                    List<RowHandler.Warning> remarks = handler.takeWarnings();
                    if (problem != null) {
                        rejectedTotal++;
                        if (rejected.size() < MAX_REPORTED) {
                            rejected.add(reject(row.line, row.columns, problem));
                        }
                        if (strict) {
                            batch.clear();
                        }
                        continue;
                    }
                    accepted++;
                    for (RowHandler.Warning w : remarks) {
                        if (warnings.size() < MAX_REPORTED) {
                            warnings.add(new ImportWarning(row.line, w.field() == null ? null : row.columns.sourceName(w.field()),
                                    messages.get(w.key(), w.args())));
                        }
                    }
                    if (!strict || rejectedTotal == 0) {
                        batch.add(item);
                        if (batch.size() >= BATCH) {
                            handler.write(h, batch);
                            batch.clear();
                        }
                    }
                }
                if (opened.json != null && !opened.json.sawArray()) {
                    throw new FileRejectedException(messages.get("exchange.file.noArray", name, opened.json.arrayName()), 0);
                }
                progress.checkCancelled();
                boolean commit = accepted > 0 && (!strict || rejectedTotal == 0);
                if (commit) {
                    if (!batch.isEmpty()) {
                        handler.write(h, batch);
                    }
                    h.commit();
                } else {
                    h.rollback();
                }
                progress.update(done, done, message);
                return new ImportResult(name, opened.format, accepted, rejected, rejectedTotal, commit, warnings);
            } finally {
                if (h.isInTransaction()) {
                    h.rollback();
                }
            }
        }
    }

    private RejectedRow reject(long line, Columns columns, RowRejectedException e) {
        String field = e.field == null ? null : columns.sourceName(e.field);
        return new RejectedRow(line, field, messages.get(e.key, e.args));
    }

    // ---- detection ----

    private RowHandler<?> handler(ImportKind kind) {
        return switch (kind) {
            case CREATORS -> new CreatorRows(clock, workspace.settings().timeZone());
            case PRODUCTS -> new ProductRows();
            case APPLICATIONS -> new ApplicationRows(workspace, clock);
            case STATS -> new StatsRows();
            case ORDERS -> new OrderRows(workspace.settings().timeZone(), clock, SettlementService.planRates(workspace));
            case COLLABORATIONS -> new CollaborationRows(workspace, clock);
            case SAMPLES -> new SampleRows(workspace, clock);
        };
    }

    /// An open file with the format it was recognised as.
    private static final class Opened implements AutoCloseable {
        final String format;
        final RowSource source;
        final JsonSource json;
        final long estimatedRows;

        Opened(String format, RowSource source, long estimatedRows) {
            this.format = format;
            this.source = source;
            this.json = source instanceof JsonSource j ? j : null;
            this.estimatedRows = estimatedRows;
        }

        @Override
        public void close() throws IOException {
            source.close();
        }
    }

    private Opened open(ImportKind kind, Path file, RowHandler<?> handler) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new FileRejectedException(messages.get("exchange.file.notFound", name), 0);
        }
        byte[] head = TextFiles.head(file, 1 << 16);
        long size = Files.size(file);
        String prefix = kind.word() + (kind == ImportKind.ORDERS ? "-seller-center" : "");
        try {
            switch (TextFiles.container(head)) {
                case EMPTY -> throw new FileRejectedException(messages.get("exchange.file.empty", name), 0);
                case JSON -> {
                    String array = switch (kind) {
                        case CREATORS -> "creators";
                        case ORDERS -> "orders";
                        default -> null;
                    };
                    if (array == null) {
                        throw new FileRejectedException(messages.get("exchange.file.wrongFormat", name, "JSON",
                                kind.word() + " CSV"), 0);
                    }
                    JsonSource source = kind == ImportKind.CREATORS
                            ? new JsonSource(file, array, PlatformCreatorJson.columns(), PlatformCreatorJson::rows)
                            : new JsonSource(file, array, PlatformOrderJson.columns(), PlatformOrderJson::rows);
                    return new Opened(kind.word() + "-platform-json", source, Math.max(1, size / 600));
                }
                case XLSX -> {
                    XlsxSource source = new XlsxSource(file, handler.aliases());
                    requireColumns(name, source, handler);
                    return new Opened(prefix + "-xlsx", source, Math.max(1, size / 60));
                }
                default -> {
                    CsvSource source = new CsvSource(file, TextFiles.delimiter(head), handler.aliases());
                    requireColumns(name, source, handler);
                    return new Opened(prefix + "-csv", source, estimateRows(head, size));
                }
            }
        } catch (ExcelReaderException e) {
            throw new FileRejectedException(messages.get("exchange.file.badXlsx", name, e.getMessage()), 0);
        }
    }

    private void requireColumns(String name, RowSource source, RowHandler<?> handler) throws IOException {
        List<String> missing = new ArrayList<>();
        for (String field : handler.requiredColumns()) {
            if (!source.columns().has(field)) {
                missing.add(field);
            }
        }
        if (handler instanceof OrderRows && !source.columns().has("payment_amount") && !source.columns().has("price")) {
            missing.add("Payment Amount");
        }
        if (!missing.isEmpty()) {
            source.close();
            throw new FileRejectedException(messages.get("exchange.file.missingColumns", name, String.join(", ", missing),
                    String.join(", ", source.columns().sourceNames())), 1);
        }
    }

    private static long estimateRows(byte[] head, long size) {
        int lines = 0;
        for (byte b : head) {
            if (b == '\n') {
                lines++;
            }
        }
        if (lines <= 1 || head.length == 0) {
            return Math.max(1, lines);
        }
        return Math.max(1, (long) ((double) size / head.length * lines) - 1);
    }

    private FileRejectedException unreadable(Path file, IOException e) {
        FileRejectedException r = asRejection(file, e);
        return r != null ? r : new FileRejectedException(messages.get("exchange.file.unreadable",
                String.valueOf(file.getFileName()), String.valueOf(e.getMessage())), 0);
    }

    /// Turns a reading failure into a whole-file rejection naming the file; null for other failures.
    private FileRejectedException asRejection(Path file, Exception e) {
        String name = String.valueOf(file.getFileName());
        if (e instanceof FileRejectedException r) {
            return r;
        }
        Throwable cause = e;
        if (e instanceof UncheckedIOException u) {
            cause = u.getCause();
        }
        if (cause instanceof XlsxSource.LimitException x) {
            Object[] args = x.args.clone();
            args[0] = name;
            return new FileRejectedException(messages.get(x.key, args), 0);
        }
        if (cause instanceof CsvRecordReader.UnclosedQuoteException u) {
            return new FileRejectedException(messages.get("exchange.file.unclosedQuote", name, u.line, u.limit), u.line);
        }
        if (cause instanceof CharacterCodingException) {
            long line = 0;
            try {
                line = TextFiles.firstBadLine(file);
            } catch (IOException ignored) {
                // the line is a courtesy; the rejection stands without it
            }
            return new FileRejectedException(messages.get("exchange.file.encoding", name, line), line);
        }
        if (cause instanceof JsonProcessingException j) {
            long line = j.getLocation() == null ? 0 : j.getLocation().getLineNr();
            String detail = j.getOriginalMessage();
            if (detail != null && detail.contains("UTF")) {
                return new FileRejectedException(messages.get("exchange.file.encoding", name, line), line);
            }
            return new FileRejectedException(messages.get("exchange.file.badJson", name, line, detail), line);
        }
        if (cause instanceof ExcelReaderException x) {
            return new FileRejectedException(messages.get("exchange.file.badXlsx", name, x.getMessage()), 0);
        }
        if (cause instanceof IOException io) {
            return new FileRejectedException(messages.get("exchange.file.unreadable", name, String.valueOf(io.getMessage())), 0);
        }
        return null;
    }
}
