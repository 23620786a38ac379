package cn.huzhu.app.port;

/** Draws captcha text as a PNG picture. */
public interface CaptchaPainter {
    byte[] png(String text);
}
