package cn.huzhu.emulators;

/** One set of emulators per test JVM, started on first use and stopped when the JVM exits. */
public final class SharedEmulators {
    private static Emulators instance;

    private SharedEmulators() {
    }

    public static synchronized Emulators get() {
        if (instance == null) {
            instance = Emulators.start(ProjectRoot.find());
            Emulators started = instance;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "emulators-stop"));
        }
        return instance;
    }
}
