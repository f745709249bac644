package dev.sellerworkbench.exchange;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/// Looking at a file's first bytes to tell what it is, and reading text strictly as UTF-8.
final class TextFiles {

    enum Container { XLSX, JSON, TEXT, EMPTY }

    private TextFiles() {
    }

    static byte[] head(Path file, int max) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(max);
        }
    }

    /// What the content is, whatever the file is called.
    static Container container(byte[] head) {
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return Container.XLSX;
        }
        int i = bomLength(head);
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        if (i >= head.length) {
            return Container.EMPTY;
        }
        return head[i] == '{' || head[i] == '[' ? Container.JSON : Container.TEXT;
    }

    static int bomLength(byte[] head) {
        return head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    /// A reader that fails on bytes that are not UTF-8 (a Latin-1 or Windows-1252 file), with the
    /// byte-order mark skipped.
    static Reader strictUtf8(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        if (bomLength(bom) == 0) {
            in.reset();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(in, decoder);
    }

    /// The separator of a CSV file: whichever of `,` `;` and tab occurs most often outside
    /// quotes in the header line.
    static char delimiter(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    /// The 1-based line of the first byte sequence that is not UTF-8, or 0 when the file is clean.
    static long firstBadLine(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            long line = 1;
            int expect = 0;
            int b;
            while ((b = in.read()) >= 0) {
                if (expect > 0) {
                    if ((b & 0xC0) != 0x80) {
                        return line;
                    }
                    expect--;
                    continue;
                }
                if (b == '\n') {
                    line++;
                } else if (b >= 0x80) {
                    if ((b & 0xE0) == 0xC0 && b >= 0xC2) {
                        expect = 1;
                    } else if ((b & 0xF0) == 0xE0) {
                        expect = 2;
                    } else if ((b & 0xF8) == 0xF0 && b <= 0xF4) {
                        expect = 3;
                    } else {
                        return line;
                    }
                }
            }
            return expect > 0 ? line : 0;
        }
    }
}
