package az.industry.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The pid file of each part {@code ./platform} started (kafka, postgres, each service), in the data directory's run/. */
final class PidFiles {

    private final Path run;

    PidFiles(Path run) {
        this.run = run;
    }

    void write(String part, long pid) {
        try {
            Files.writeString(file(part), Long.toString(pid));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pid in {@code part}'s file, if it has a readable one. */
    Optional<Long> read(String part) {
        try {
            Path file = file(part);
            return Files.exists(file) ? Optional.of(Long.parseLong(Files.readString(file).trim())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The pid in {@code part}'s file if that process is alive. */
    Optional<Long> alive(String part) {
        return read(part).filter(p -> ProcessHandle.of(p).map(ProcessHandle::isAlive).orElse(false));
    }

    void delete(String part) {
        try {
            Files.deleteIfExists(file(part));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path file(String part) {
        return run.resolve(part + ".pid");
    }
}
