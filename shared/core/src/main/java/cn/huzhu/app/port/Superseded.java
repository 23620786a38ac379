package cn.huzhu.app.port;

/**
 * A run of background work was taken over by a newer run (its lease went stale and another took it): it must stop
 * without writing anything more, since the newer run now owns the work.
 */
public final class Superseded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Superseded(String what) {
        super(what + " was taken over by a newer run");
    }
}
