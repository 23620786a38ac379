package cn.huzhu.adapter.aws;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import cn.huzhu.api.Json;
import cn.huzhu.api.Log;
import cn.huzhu.domain.common.KeyRing;
import cn.huzhu.domain.common.KeyedHash;

/**
 * A {@link KeyRing} kept in Secrets Manager as {"current": "2", "1": "…", "2": "…"}: read at its first use, read again
 * every few minutes (a rotation reaches warm containers) and at once when something names a key this ring does not hold
 * yet (a token signed by a container that saw the rotation first). When the secret cannot be read again, the ring it
 * had stays in use. Reading at first use rather than at start spares a cold container whose first request needs no
 * key (a unit's list, a reviewer's queue) a call to Secrets Manager; a secret that cannot be read fails that first use.
 */
public final class SecretKeyRing implements KeyRing {
    private static final Log LOG = Log.of(SecretKeyRing.class);
    private static final Duration REFRESH = Duration.ofMinutes(5);
    private static final Duration UNKNOWN_KEY_WAIT = Duration.ofSeconds(30);

    private final AwsJsonCall secrets;
    private final String secretId;
    private final String what;
    private final Clock clock;
    private volatile KeyRing ring;
    private volatile Instant refreshAt = Instant.MIN;
    private volatile Instant unknownKeyReadAt = Instant.MIN;

    SecretKeyRing(AwsJsonCall secrets, String secretId, String what, Clock clock) {
        this.secrets = secrets;
        this.secretId = secretId;
        this.what = what;
        this.clock = clock;
    }

    /** The ring whose secret the configuration names under {@code variable} (e.g. TOKEN_KEYS). */
    public static KeyRing of(AwsSettings aws, String variable, String what) {
        return new SecretKeyRing(AwsJsonCall.secretsManager(aws), aws.env().require(variable), what, Clock.systemUTC());
    }

    @Override
    public KeyedHash current() {
        if (!clock.instant().isBefore(refreshAt)) {
            refresh();
        }
        return ring().current();
    }

    @Override
    public Optional<KeyedHash> byId(String id) {
        Optional<KeyedHash> key = ring().byId(id);
        Instant now = clock.instant();
        if (key.isEmpty() && !now.isBefore(unknownKeyReadAt.plus(UNKNOWN_KEY_WAIT))) {
            unknownKeyReadAt = now;
            refresh();
            key = ring().byId(id);
        }
        return key;
    }

    /** Read again at the next use (after a SnapStart restore). */
    public void refreshSoon() {
        refreshAt = Instant.MIN;
    }

    /** The ring read so far, read now when it never was (a failure is thrown, and the next use tries again). */
    private KeyRing ring() {
        KeyRing read = ring;
        if (read == null) {
            synchronized (this) {
                if (ring == null) {
                    ring = read();
                    refreshAt = clock.instant().plus(REFRESH);
                }
                read = ring;
            }
        }
        return read;
    }

    private synchronized void refresh() {
        if (ring == null) {
            ring();
            return;
        }
        try {
            ring = read();
        } catch (RuntimeException e) {
            LOG.warn("key ring not read again, keeping the one in use", "secret", what, "error", e.getMessage());
        }
        refreshAt = clock.instant().plus(REFRESH);
    }

    private KeyRing read() {
        JsonNode answer = secrets.call("GetSecretValue", Map.of("SecretId", secretId));
        return parse(answer.path("SecretString").asText(), what);
    }

    /** {"current": id, id: secret, …}, as the template generates it and an operator rotates it. */
    static KeyRing parse(String secret, String what) {
        JsonNode json;
        try {
            json = Json.tree(secret);
        } catch (RuntimeException e) {
            throw new IllegalStateException(what + " is not a key ring", e);
        }
        Map<String, String> keys = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : json.properties()) {
            if (!field.getKey().equals("current")) {
                keys.put(field.getKey(), field.getValue().asText());
            }
        }
        return KeyRing.of(json.path("current").asText(), keys, what);
    }
}
