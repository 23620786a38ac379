package cn.huzhu.app.auth;

import java.time.Instant;
import java.util.Optional;

import cn.huzhu.app.port.UsedNonces;
import cn.huzhu.domain.account.CaptchaChallenge;
import cn.huzhu.domain.common.DomainException;

/**
 * A captcha answer checked once: each challenge is good for one attempt, and a wrong answer uses it up too, so guessing
 * needs a new picture each time. Used by login and by the public 参保查询.
 */
public final class CaptchaCheck {
    private final CaptchaChallenge captcha;
    private final UsedNonces usedNonces;

    public CaptchaCheck(CaptchaChallenge captcha, UsedNonces usedNonces) {
        this.captcha = captcha;
        this.usedNonces = usedNonces;
    }

    public void require(String captchaId, String answer, Instant now) {
        Optional<String> nonce = captcha.nonceOf(captchaId, now);
        if (nonce.isEmpty() || !usedNonces.useOnce(nonce.get(), now.plus(captcha.lifetime()))
                || !captcha.answers(captchaId, answer, now)) {
            throw DomainException.invalid("CAPTCHA_WRONG", "验证码错误或已过期，请重新输入");
        }
    }
}
