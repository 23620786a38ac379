package cn.huzhu.app;

import java.security.SecureRandom;
import java.time.Clock;

/** Identifiers that sort by creation time: 10 base-32 characters of milliseconds, then 10 random ones. */
public final class Ids {
    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;

    public Ids(Clock clock) {
        this.clock = clock;
    }

    /** Ten random characters: names one stored revision of something, where order does not matter. */
    public String token() {
        char[] token = new char[10];
        for (int i = 0; i < token.length; i++) {
            token[i] = ALPHABET[RANDOM.nextInt(32)];
        }
        return new String(token);
    }

    public String next() {
        char[] id = new char[20];
        long millis = clock.millis();
        for (int i = 9; i >= 0; i--) {
            id[i] = ALPHABET[(int) (millis & 31)];
            millis >>>= 5;
        }
        for (int i = 10; i < 20; i++) {
            id[i] = ALPHABET[RANDOM.nextInt(32)];
        }
        return new String(id);
    }
}
