package cn.huzhu.emulators;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the checkout: the nearest folder upwards that holds template.yaml. */
public final class ProjectRoot {
    private ProjectRoot() {
    }

    public static Path find() {
        String configured = System.getProperty("huzhu.root", System.getenv("HUZHU_ROOT"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("template.yaml")) && Files.isDirectory(dir.resolve("functions"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("template.yaml not found above " + Path.of("").toAbsolutePath()
                + "; run from inside the checkout or set HUZHU_ROOT");
    }
}
