package az.industry.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One installation key pair per test JVM: making an RSA pair is the slowest step of the token tests. */
final class TestKeys {

    /** Made by {@link Jwt#ensureKeyPair} when a test first uses this class (class initialisation is lazy and once). */
    private static final Path DIR = make();

    private TestKeys() {
    }

    /** The directory holding the JVM's test key pair. */
    static Path dir() {
        return DIR;
    }

    private static Path make() {
        try {
            Path dir = Files.createTempDirectory("platform-keys");
            Jwt.ensureKeyPair(dir);
            for (Path file : new Path[] { dir, dir.resolve(Jwt.PRIVATE_KEY_FILE), dir.resolve(Jwt.PUBLIC_KEY_FILE) }) {
                file.toFile().deleteOnExit(); // removed in reverse order: the files, then the directory
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
