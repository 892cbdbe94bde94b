package az.industry.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One installation key pair per test JVM: making an RSA pair is the slowest step of the token tests. */
final class TestKeys {

    private static Path dir;

    private TestKeys() {
    }

    /** A directory holding a key pair made by {@link Jwt#ensureKeyPair} the first time it is asked for. */
    static synchronized Path dir() {
        if (dir == null) {
            try {
                Path made = Files.createTempDirectory("platform-keys");
                made.toFile().deleteOnExit();
                Jwt.ensureKeyPair(made);
                made.resolve(Jwt.PRIVATE_KEY_FILE).toFile().deleteOnExit();
                made.resolve(Jwt.PUBLIC_KEY_FILE).toFile().deleteOnExit();
                dir = made;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }
}
