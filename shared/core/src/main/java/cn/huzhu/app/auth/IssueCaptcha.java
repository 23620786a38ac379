package cn.huzhu.app.auth;

import java.time.Clock;
import java.util.Base64;

import cn.huzhu.app.port.CaptchaPainter;
import cn.huzhu.domain.account.CaptchaChallenge;

/** A fresh captcha: its challenge id and its picture as a data URL. */
public final class IssueCaptcha {
    private final CaptchaChallenge challenge;
    private final CaptchaPainter painter;
    private final Clock clock;

    public record Captcha(String captchaId, String image) {
    }

    public IssueCaptcha(CaptchaChallenge challenge, CaptchaPainter painter, Clock clock) {
        this.challenge = challenge;
        this.painter = painter;
        this.clock = clock;
    }

    public Captcha issue() {
        CaptchaChallenge.Issued issued = challenge.issue(clock.instant());
        String image = "data:image/png;base64," + Base64.getEncoder().encodeToString(painter.png(issued.answer()));
        return new Captcha(issued.id(), image);
    }
}
