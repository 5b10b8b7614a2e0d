import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws 08-chat-screenshot.png: a phone screenshot of the victim's WhatsApp chat on 15 June 2024 (the
 * suspect at her door during the huisverbod), for the OCR path. Plain Java2D with DejaVu Sans, so it
 * needs no ImageMagick and renders the same on every machine with that font.
 *
 * Run from the repository root: java samples/tools/MakeChatScreenshot.java
 */
public class MakeChatScreenshot {
    static final int WIDTH = 800;
    static final Color BACKGROUND = new Color(0xEF, 0xE7, 0xDE);
    static final Color HEADER = new Color(0x07, 0x5E, 0x54);
    static final Color MINE = new Color(0xDC, 0xF8, 0xC6);
    static final Color THEIRS = Color.WHITE;
    static final Color TEXT = new Color(0x11, 0x1B, 0x21);
    static final Color TIME = new Color(0x66, 0x77, 0x81);

    /** One chat bubble: sent by the phone's owner (right, green) or received (left, white). */
    record Bubble(boolean mine, String text, String time) {
    }

    public static void main(String[] args) throws IOException {
        List<Bubble> bubbles = List.of(
                new Bubble(false, "doe open", "20:01"),
                new Bubble(false, "ik sta voor de deur", "20:01"),
                new Bubble(false, "ik zie het licht aan", "20:02"),
                new Bubble(false, "SANNE DOE OPEN", "20:03"),
                new Bubble(false, "ik wil mijn kinderen zien", "20:03"),
                new Bubble(false, "die buurvrouw staat weer te gluren. bemoeial", "20:05"),
                new Bubble(false, "ik blijf hier staan tot je opendoet", "20:09"),
                new Bubble(false, "ik maak je af", "20:14"),
                new Bubble(false, "ik maak je echt af sanne", "20:14"),
                new Bubble(true, "ik heb de politie gebeld", "20:26"));
        Font body = new Font("DejaVu Sans", Font.PLAIN, 26);
        Font small = new Font("DejaVu Sans", Font.PLAIN, 17);
        Font title = new Font("DejaVu Sans", Font.BOLD, 28);

        int height = 150 + 70 + bubbles.size() * 92 + 110;
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, WIDTH, height);

        // status bar and chat header, as on the phone
        g.setColor(new Color(0x05, 0x4D, 0x44));
        g.fillRect(0, 0, WIDTH, 40);
        g.setColor(Color.WHITE);
        g.setFont(small);
        g.drawString("20:27", 24, 27);
        g.drawString("4G  62%", WIDTH - 110, 27);
        g.setColor(HEADER);
        g.fillRect(0, 40, WIDTH, 100);
        g.setColor(new Color(0xB0, 0xBE, 0xC5));
        g.fillOval(70, 58, 64, 64);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(4));
        g.drawLine(24, 90, 44, 70);
        g.drawLine(24, 90, 44, 110);
        g.setFont(title);
        g.drawString("Mark", 152, 88);
        g.setFont(small);
        g.drawString("laatst gezien vandaag om 20:14", 152, 116);

        // date chip
        int y = 170;
        g.setFont(small);
        String date = "ZATERDAG 15 JUNI 2024";
        int dw = g.getFontMetrics().stringWidth(date) + 32;
        g.setColor(new Color(0xE1, 0xF3, 0xFB));
        g.fillRoundRect((WIDTH - dw) / 2, y, dw, 36, 14, 14);
        g.setColor(TIME);
        g.drawString(date, (WIDTH - dw) / 2 + 16, y + 25);
        y += 66;

        for (Bubble b : bubbles) {
            g.setFont(body);
            FontMetrics fm = g.getFontMetrics();
            int textWidth = fm.stringWidth(b.text());
            g.setFont(small);
            int timeWidth = g.getFontMetrics().stringWidth(b.time() + (b.mine() ? "  ✓✓" : ""));
            int w = textWidth + timeWidth + 56;
            int h = 72;
            int x = b.mine() ? WIDTH - w - 24 : 24;
            g.setColor(b.mine() ? MINE : THEIRS);
            g.fillRoundRect(x, y, w, h, 22, 22);
            g.setColor(TEXT);
            g.setFont(body);
            g.drawString(b.text(), x + 20, y + 45);
            g.setColor(b.mine() ? new Color(0x34, 0xB7, 0xF1) : TIME);
            g.setFont(small);
            g.drawString(b.time() + (b.mine() ? "  ✓✓" : ""), x + w - timeWidth - 16, y + 60);
            y += h + 20;
        }

        // input bar
        g.setColor(Color.WHITE);
        g.fillRoundRect(16, height - 86, WIDTH - 120, 64, 32, 32);
        g.setColor(TIME);
        g.setFont(body);
        g.drawString("Bericht", 48, height - 44);
        g.setColor(new Color(0x00, 0xA8, 0x84));
        g.fillOval(WIDTH - 88, height - 86, 64, 64);
        g.dispose();

        File out = new File("samples/zaak-demo/08-chat-screenshot.png");
        ImageIO.write(image, "png", out);
        System.out.println("wrote " + out + " (" + WIDTH + "x" + height + ")");
    }
}
