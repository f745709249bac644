package dev.sellerworkbench.invitations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/// The printable page's QR codes scan back to the click-to-chat link (R-IN-3).
class QrSvgTest {

    @Test
    void qrCodeOfAWhatsappLinkWithVietnameseTextDecodesToTheSameLink() throws Exception {
        String link = WhatsApp.link("84912345678", "Chào Nguyễn Thị Linh! Mời bạn tham gia \"Tết 2027\" — hoa hồng 15% & quà");
        String svg = QrSvg.of(link, 40);
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        box.find();
        int size = Integer.parseInt(box.group(1));
        int scale = 4;
        int[] pixels = new int[size * scale * size * scale];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher run = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z").matcher(svg);
        while (run.find()) {
            int y = Integer.parseInt(run.group(2));
            int end = Integer.parseInt(run.group(1)) + Integer.parseInt(run.group(3));
            for (int x = Integer.parseInt(run.group(1)); x < end; x++) {
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        pixels[(y * scale + dy) * size * scale + x * scale + dx] = 0xFF000000;
                    }
                }
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(size * scale, size * scale, pixels)));
        assertEquals(link, new QRCodeReader().decode(bitmap).getText());
    }
}
