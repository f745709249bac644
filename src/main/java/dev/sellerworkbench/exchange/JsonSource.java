package dev.sellerworkbench.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/// Rows of a platform API response: every element of every array named `arrayName`, wherever it
/// sits (`data.creators`, a bare `creators`, or a list of saved pages). Elements are read one at
/// a time with Jackson's streaming parser; `flatten` turns each into rows of fixed fields.
final class JsonSource implements RowSource {

    /// Turns one array element (first seen on `line`) into zero or more rows.
    interface Flattener {
        List<Row> rows(JsonNode element, long line, Columns columns);
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonParser parser;
    private final String arrayName;

    String arrayName() {
        return arrayName;
    }
    private final Columns columns;
    private final Flattener flattener;
    private final Deque<Row> pending = new ArrayDeque<>();
    private boolean inArray;
    private int arrayDepth;
    private int depth;
    private long position;
    private boolean sawArray;

    JsonSource(Path file, String arrayName, Columns columns, Flattener flattener) throws IOException {
        this.parser = MAPPER.getFactory().createParser(file.toFile());
        this.arrayName = arrayName;
        this.columns = columns;
        this.flattener = flattener;
    }

    @Override
    public Columns columns() {
        return columns;
    }

    /// True once an array of the expected name was met (false means: not the claimed format).
    boolean sawArray() {
        return sawArray;
    }

    @Override
    public Row next() throws IOException {
        while (pending.isEmpty()) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return null;
            }
            if (inArray && depth == arrayDepth && token == JsonToken.START_OBJECT) {
                long line = parser.currentTokenLocation().getLineNr();
                position = line;
                JsonNode element = MAPPER.readTree(parser);
                pending.addAll(flattener.rows(element, line, columns));
                continue;
            }
            if (inArray && depth == arrayDepth && token != JsonToken.END_ARRAY) {
                // every element is imported or reported: one that is no object is a rejected row
                long line = parser.currentTokenLocation().getLineNr();
                position = line;
                String shown;
                if (token == JsonToken.START_ARRAY) {
                    parser.skipChildren();
                    shown = "[…]";
                } else {
                    String text = token == JsonToken.VALUE_STRING ? "\"" + parser.getText() + "\"" : parser.getText();
                    shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
                }
                pending.add(new Row(line, columns, new String[columns.size()],
                        new RowRejectedException(null, "exchange.row.notObject", shown)));
                continue;
            }
            switch (token) {
                case START_OBJECT, START_ARRAY -> {
                    if (token == JsonToken.START_ARRAY && !inArray && arrayName.equals(parser.currentName())) {
                        inArray = true;
                        sawArray = true;
                        arrayDepth = depth + 1;
                    }
                    depth++;
                }
                case END_OBJECT, END_ARRAY -> {
                    depth--;
                    if (inArray && depth < arrayDepth) {
                        inArray = false;
                    }
                }
                default -> {
                }
            }
        }
        return pending.poll();
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
