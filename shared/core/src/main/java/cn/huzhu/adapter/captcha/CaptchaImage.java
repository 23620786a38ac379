package cn.huzhu.adapter.captcha;

import java.security.SecureRandom;
import java.util.Map;

import cn.huzhu.app.port.CaptchaPainter;

/**
 * Draws captcha text as a grayscale PNG with a built-in 5×7 dot font, so it needs no system font (Lambda has none) and
 * no AWT. Glyphs are large (about 28×44 pixels) and dark, the noise light and thin: hard for a script that has no font
 * of its own to match, easy for a person.
 */
public final class CaptchaImage implements CaptchaPainter {
    public static final int WIDTH = 160;
    public static final int HEIGHT = 56;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<Character, String> FONT = Map.ofEntries(
            Map.entry('2', "01110100010000100010001000100011111"),
            Map.entry('3', "11111000100010000010000011000101110"),
            Map.entry('4', "00010001100101010010111110001000010"),
            Map.entry('5', "11111100001111000001000011000101110"),
            Map.entry('6', "00110010001000011110100011000101110"),
            Map.entry('7', "11111000010001000100010000100001000"),
            Map.entry('8', "01110100011000101110100011000101110"),
            Map.entry('9', "01110100011000101111000010001001100"),
            Map.entry('A', "01110100011000111111100011000110001"),
            Map.entry('B', "11110100011000111110100011000111110"),
            Map.entry('C', "01110100011000010000100001000101110"),
            Map.entry('D', "11100100101000110001100011001011100"),
            Map.entry('E', "11111100001000011110100001000011111"),
            Map.entry('F', "11111100001000011110100001000010000"),
            Map.entry('G', "01110100011000010111100011000101111"),
            Map.entry('H', "10001100011000111111100011000110001"),
            Map.entry('J', "00111000100001000010000101001001100"),
            Map.entry('K', "10001100101010011000101001001010001"),
            Map.entry('M', "10001110111010110101100011000110001"),
            Map.entry('N', "10001100011100110101100111000110001"),
            Map.entry('P', "11110100011000111110100001000010000"),
            Map.entry('Q', "01110100011000110001101011001001101"),
            Map.entry('R', "11110100011000111110101001001010001"),
            Map.entry('S', "01111100001000001110000010000111110"),
            Map.entry('T', "11111001000010000100001000010000100"),
            Map.entry('U', "10001100011000110001100011000101110"),
            Map.entry('V', "10001100011000110001100010101000100"),
            Map.entry('W', "10001100011000110101101011010101010"),
            Map.entry('X', "10001100010101000100010101000110001"),
            Map.entry('Y', "10001100010101000100001000010000100"),
            Map.entry('Z', "11111000010001000100010001000011111"));

    @Override
    public byte[] png(String text) {
        byte[] pixels = new byte[WIDTH * HEIGHT];
        // one draw for the whole background: a random call per pixel is most of a cold start's first captcha
        RANDOM.nextBytes(pixels);
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (225 + (pixels[i] & 0xFF) % 31);
        }
        drawNoiseLines(pixels, 3);
        int cell = WIDTH / (text.length() + 1);
        for (int i = 0; i < text.length(); i++) {
            drawGlyph(pixels, text.charAt(i), cell / 2 + i * cell + RANDOM.nextInt(5) - 2, 4 + RANDOM.nextInt(5));
        }
        for (int i = 0; i < 160; i++) {
            pixels[RANDOM.nextInt(pixels.length)] = (byte) (150 + RANDOM.nextInt(60));
        }
        return PngEncoder.grayscale(WIDTH, HEIGHT, pixels);
    }

    private static void drawGlyph(byte[] pixels, char c, int left, int top) {
        String bits = FONT.get(c);
        if (bits == null) {
            throw new IllegalArgumentException("no glyph for " + c);
        }
        double scaleX = 5.2 + RANDOM.nextDouble() * 0.8;
        double scaleY = 6.0 + RANDOM.nextDouble() * 0.4;
        double shear = (RANDOM.nextDouble() - 0.5) * 0.4;
        int ink = RANDOM.nextInt(60);
        int width = (int) Math.ceil(5 * scaleX + 7 * scaleY * Math.abs(shear)) + 2;
        int height = (int) Math.ceil(7 * scaleY);
        for (int y = 0; y < height; y++) {
            for (int x = -width; x < width; x++) {
                double glyphY = y / scaleY;
                double glyphX = (x - shear * (y - height / 2.0)) / scaleX;
                int gx = (int) Math.floor(glyphX);
                int gy = (int) Math.floor(glyphY);
                if (gx >= 0 && gx < 5 && gy >= 0 && gy < 7 && bits.charAt(gy * 5 + gx) == '1') {
                    set(pixels, left + x, top + y, ink);
                }
            }
        }
    }

    private static void drawNoiseLines(byte[] pixels, int count) {
        for (int line = 0; line < count; line++) {
            int y0 = RANDOM.nextInt(HEIGHT);
            int y1 = RANDOM.nextInt(HEIGHT);
            int shade = 150 + RANDOM.nextInt(60);
            for (int x = 0; x < WIDTH; x++) {
                set(pixels, x, y0 + (y1 - y0) * x / WIDTH, shade);
            }
        }
    }

    private static void set(byte[] pixels, int x, int y, int shade) {
        if (x >= 0 && x < WIDTH && y >= 0 && y < HEIGHT) {
            pixels[y * WIDTH + x] = (byte) shade;
        }
    }
}
