package dev.sellerworkbench.exchange;

/// File types an export writes: CSV through [SafeCsvWriter], or an XLSX workbook.
public enum ExportFormat {
    CSV("csv"), XLSX("xlsx");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /// The format a file's name asks for: XLSX when it ends in `.xlsx` (any case), CSV otherwise (R-EX-6).
    public static ExportFormat forFile(java.nio.file.Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? XLSX : CSV;
    }
}
