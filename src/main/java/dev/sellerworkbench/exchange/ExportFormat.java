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
}
