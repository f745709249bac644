package dev.sellerworkbench.exchange;

import com.google.zxing.WriterException;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.invitations.Invitation;
import dev.sellerworkbench.invitations.InvitationTexts;
import dev.sellerworkbench.invitations.PlanInvitations;
import dev.sellerworkbench.invitations.QrSvg;
import dev.sellerworkbench.invitations.WhatsApp;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/// Writes all invitations of a plan at once (R-IN-3): a CSV for spreadsheets (UTF-8 with BOM,
/// formula-safe, R-EX-6) and a printable HTML page with a QR code per creator, plus the list of
/// creators who got no WhatsApp link and why (R-IN-4). Page headings are in the staff's
/// language; each message is in its creator's.
public final class InvitationExport {

    public static final List<String> CSV_HEADER = List.of("handle", "name", "language", "status", "whatsapp_link",
            "invitation_link", "problem", "message");

    /// What an export wrote and whom it could not link.
    public record Result(Path csv, Path html, int invitations, List<Skipped> skipped) {
    }

    /// A creator without a WhatsApp link, with the reason in the staff's language.
    public record Skipped(String handle, String number, String reason) {
    }

    private final Messages messages;

    public InvitationExport(Messages messages) {
        this.messages = messages;
    }

    public Result write(PlanInvitations plan, Path folder) throws IOException {
        Files.createDirectories(folder);
        // named after the plan, as the seller calls it
        String stem = "invitations-" + FileNames.safe(plan.plan().name(),
                "plan-" + plan.plan().id());
        Path csv = folder.resolve(stem + ".csv");
        Path html = folder.resolve(stem + ".html");
        writeCsv(plan, csv);
        Files.writeString(html, html(plan), StandardCharsets.UTF_8);
        List<Skipped> skipped = plan.skipped().stream()
                .map(i -> new Skipped(i.displayHandle(), i.number().raw() == null ? "" : i.number().raw(),
                        InvitationTexts.reason(messages, i.number())))
                .toList();
        return new Result(csv, html, plan.invitations().size(), skipped);
    }

    private void writeCsv(PlanInvitations plan, Path file) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF'); // so Excel reads Vietnamese and Chinese as UTF-8 (R-EX-6)
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
                printer.printRecord(CSV_HEADER);
                for (Invitation i : plan.invitations()) {
                    // the bare handle: "@handle" would start with @ and be neutralised in every row
                    printer.printRecord(List.of(i.handle(), nullToEmpty(i.name()), i.language().toLanguageTag(),
                                    status(i), nullToEmpty(i.whatsappLink()), i.invitationLink(),
                                    InvitationTexts.reason(messages, i.number()), i.message()).stream()
                            .map(InvitationExport::formulaSafe).toList());
                }
            }
        }
    }

    /// A cell a spreadsheet would run as a formula gets a leading apostrophe (R-EX-6).
    public static String formulaSafe(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }

    private String status(Invitation i) {
        return InvitationTexts.status(messages, i.status());
    }

    private String html(PlanInvitations plan) {
        StringBuilder out = new StringBuilder(64 * 1024);
        String title = messages.get("invitations.page.title", plan.plan().name());
        out.append("<!DOCTYPE html>\n<html lang=\"").append(messages.getLocale().toLanguageTag()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(escape(title)).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:12mm;color:#111}\n")
                .append(".card{display:flex;gap:8mm;padding:6mm 0;border-bottom:1px solid #ccc;break-inside:avoid}\n")
                .append(".card h2{margin:0 0 2mm;font-size:14pt}\n")
                .append(".message{white-space:pre-wrap;font-size:10pt;margin:2mm 0}\n")
                .append(".link{font-size:8pt;word-break:break-all;color:#444}\n")
                .append("table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:1mm 2mm;text-align:left}\n")
                .append("</style>\n</head>\n<body>\n<h1>").append(escape(title)).append("</h1>\n");
        out.append("<p>").append(escape(messages.get("invitations.page.summary", plan.linked().size(),
                plan.skipped().size()))).append("</p>\n");
        if (!plan.hasLink()) {
            out.append("<p><strong>").append(escape(messages.get("invitations.noPlanLink"))).append("</strong></p>\n");
        }
        for (Invitation i : plan.linked()) {
            out.append("<section class=\"card\">\n<div class=\"qr\">").append(qr(i)).append("</div>\n<div>\n<h2>")
                    .append(escape(i.displayHandle()));
            if (i.name() != null && !i.name().isBlank()) {
                out.append(" — ").append(escape(i.name()));
            }
            out.append("</h2>\n<div>+").append(escape(i.number().digits())).append(" · ").append(escape(status(i)))
                    .append("</div>\n<div class=\"message\" lang=\"").append(i.language().toLanguageTag()).append("\">")
                    .append(escape(i.message())).append("</div>\n");
            if (!i.invitationLink().isEmpty()) {
                out.append("<div class=\"link\">").append(escape(i.invitationLink())).append("</div>\n");
            }
            out.append("</div>\n</section>\n");
        }
        if (!plan.skipped().isEmpty()) {
            out.append("<h2>").append(escape(messages.get("invitations.page.skipped", plan.skipped().size())))
                    .append("</h2>\n<table>\n<tr><th>").append(escape(messages.get("invitations.col.creator")))
                    .append("</th><th>").append(escape(messages.get("invitations.col.whatsapp")))
                    .append("</th><th>").append(escape(messages.get("invitations.col.reason"))).append("</th></tr>\n");
            for (Invitation i : plan.skipped()) {
                out.append("<tr><td>").append(escape(i.displayHandle())).append("</td><td>")
                        .append(escape(i.number().raw() == null ? "" : i.number().raw())).append("</td><td>")
                        .append(escape(InvitationTexts.reason(messages, i.number()))).append("</td></tr>\n");
            }
            out.append("</table>\n");
        }
        return out.append("</body>\n</html>\n").toString();
    }

    /// The click-to-chat link as a QR code; a message too long for one falls back to the bare chat link.
    private static String qr(Invitation i) {
        try {
            return QrSvg.of(i.whatsappLink(), 40);
        } catch (WriterException tooLong) {
            try {
                return QrSvg.of(WhatsApp.link(i.number().digits(), ""), 40);
            } catch (WriterException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
