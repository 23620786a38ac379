package cn.huzhu.adapter.captcha;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import cn.huzhu.domain.account.CaptchaChallenge;

class CaptchaImageTest {

    @Test
    void drawsEveryCaptchaCharacterIntoAReadablePng() throws Exception {
        CaptchaImage painter = new CaptchaImage();
        String alphabet = CaptchaChallenge.ALPHABET;
        for (int i = 0; i < alphabet.length(); i += 4) {
            String text = alphabet.substring(i, Math.min(i + 4, alphabet.length()));
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(painter.png(text)));
            assertThat(image.getWidth()).isEqualTo(CaptchaImage.WIDTH);
            assertThat(image.getHeight()).isEqualTo(CaptchaImage.HEIGHT);
            assertThat(darkPixels(image)).as(text).isGreaterThan(300 * text.length());
        }
    }

    private static int darkPixels(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRaster().getSample(x, y, 0) < 100) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
