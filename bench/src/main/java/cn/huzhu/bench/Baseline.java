package cn.huzhu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The API functions as they were at an earlier commit ({@code -Dbench.baseline=<commit>}), checked out in a worktree
 * under bench/target and built there, so that their cold starts are measured side by side with today's in one run.
 */
final class Baseline {
    private static final String FUNCTIONS = "functions/auth,functions/enrollment,functions/invoice,functions/documents,"
            + "functions/review";

    record Build(String commit, Path tree) {
        Path jar(String codeUri) {
            return tree.resolve(codeUri);
        }
    }

    private Baseline() {
    }

    /** The commit named by the property, if any. */
    static Optional<String> commit() {
        String commit = System.getProperty("bench.baseline", "").trim();
        return commit.isEmpty() ? Optional.empty() : Optional.of(commit);
    }

    /** The baseline named by the property, checked out and built unless it already was; empty when none is named. */
    static Optional<Build> prepare(Path root) throws IOException, InterruptedException {
        if (commit().isEmpty()) {
            return Optional.empty();
        }
        String commit = commit().get();
        Path tree = root.resolve("bench/target/baseline-" + commit);
        if (!Files.isDirectory(tree.resolve("functions"))) {
            // -f: a worktree whose folder a clean removed is still registered
            run(root, List.of("git", "worktree", "add", "-f", "--detach", tree.toString(), commit));
        }
        if (!Files.exists(tree.resolve("functions/auth/target/auth.jar"))) {
            List<String> build = new ArrayList<>(List.of("mvn", "-q", "package", "-DskipTests", "-pl", FUNCTIONS, "-am"));
            if (Boolean.getBoolean("bench.offline")) {
                build.add(1, "-o");
            }
            run(tree, build);
        }
        return Optional.of(new Build(commit, tree));
    }

    private static void run(Path dir, List<String> command) throws IOException, InterruptedException {
        System.out.println("baseline: " + String.join(" ", command));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("baseline step failed: " + String.join(" ", command));
        }
    }
}
