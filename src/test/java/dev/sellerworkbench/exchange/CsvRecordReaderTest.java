package dev.sellerworkbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/// The forgiving CSV reader behind every CSV import (docs/rules.md §8).
class CsvRecordReaderTest {

    private static List<CsvRecordReader.Record> read(String text, char delimiter, int maxCell) throws Exception {
        List<CsvRecordReader.Record> records = new ArrayList<>();
        try (CsvRecordReader reader = new CsvRecordReader(new StringReader(text), delimiter, maxCell)) {
            CsvRecordReader.Record r;
            while ((r = reader.next()) != null) {
                records.add(r);
            }
        }
        return records;
    }

    @Test
    void quotedCellsMaySpanLinesAndDoubleTheirQuotes() throws Exception {
        List<CsvRecordReader.Record> records = read("a,\"two\r\nlines, \"\"quoted\"\"\",c\r\nd,e,f\r\n", ',', 100);

        assertEquals(List.of("a", "two\nlines, \"quoted\"", "c"), records.get(0).cells());
        assertEquals(1, records.get(0).line());
        assertEquals(3, records.get(1).line(), "the record after a two-line cell starts on line 3");
        assertNull(records.get(1).problem());
    }

    @Test
    void oldMacLineEndsAndSemicolonsAreRead() throws Exception {
        List<CsvRecordReader.Record> records = read("a;b\rc;d\r", ';', 100);

        assertEquals(2, records.size());
        assertEquals(List.of("c", "d"), records.get(1).cells());
        assertEquals(2, records.get(1).line());
    }

    @Test
    void textAfterAClosingQuoteMarksOnlyThatRecordBroken() throws Exception {
        List<CsvRecordReader.Record> records = read("h1,h2\n\"bad\"x,1\nok,2\n", ',', 100);

        assertEquals(CsvRecordReader.Problem.BROKEN_QUOTING, records.get(1).problem());
        assertEquals(2, records.get(1).line());
        assertEquals(List.of("ok", "2"), records.get(2).cells());
        assertEquals(3, records.get(2).line());
    }

    @Test
    void aQuoteNeverClosedIsReportedAndTheNextLinesAreReadAgain() throws Exception {
        List<CsvRecordReader.Record> records = read("h1,h2\n1,\"open\n2,b\n3,c\n", ',', 100);

        assertEquals(4, records.size());
        assertEquals(CsvRecordReader.Problem.BROKEN_QUOTING, records.get(1).problem());
        assertEquals(List.of("2", "b"), records.get(2).cells());
        assertEquals(3, records.get(2).line());
        assertEquals(4, records.get(3).line());
    }

    @Test
    void anOversizedCellIsReportedWithoutKeepingIt() throws Exception {
        List<CsvRecordReader.Record> records = read("a," + "x".repeat(5_000) + ",c\nd,e,f\n", ',', 1_000);

        assertEquals(CsvRecordReader.Problem.CELL_TOO_LONG, records.get(0).problem());
        assertEquals(1, records.get(0).problemCell());
        assertEquals(1_000, records.get(0).cells().get(1).length());
        assertEquals(List.of("d", "e", "f"), records.get(1).cells());
    }
}
