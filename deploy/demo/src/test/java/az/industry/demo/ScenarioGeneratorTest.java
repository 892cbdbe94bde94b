package az.industry.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed data set is exactly what the generator writes, and the generator is deterministic. */
class ScenarioGeneratorTest {

    /** The committed file, relative to the module directory (Surefire's working directory). */
    static final Path COMMITTED = Path.of("src/main/resources" + Scenario.RESOURCE);

    private static final String REGENERATE = "the committed data set differs from the generator's output: regenerate it"
            + " with ScenarioGenerator (see deploy/demo/README.md) and commit both";

    @Test
    void committedFileEqualsAFreshGeneratorRunByteForByte() throws IOException {
        byte[] fresh = ScenarioGenerator.render().getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(fresh, Files.readAllBytes(COMMITTED), REGENERATE);
    }

    @Test
    void classpathResourceIsTheCommittedFile() throws IOException {
        try (InputStream in = Scenario.class.getResourceAsStream(Scenario.RESOURCE)) {
            assertNotNull(in, Scenario.RESOURCE);
            assertArrayEquals(Files.readAllBytes(COMMITTED), in.readAllBytes());
        }
    }

    @Test
    void twoRunsAreIdentical() {
        assertEquals(ScenarioGenerator.render(), ScenarioGenerator.render());
    }

    @Test
    void mainWritesTheSameBytes(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("nested/published-figures.json");
        ScenarioGenerator.main(new String[] { out.toString() });
        assertArrayEquals(Files.readAllBytes(COMMITTED), Files.readAllBytes(out), REGENERATE);
    }

    @Test
    void loadingAndWritingAgainIsLossless() throws IOException {
        String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);
        assertEquals(committed, Scenario.load().toCanonicalJson());
    }

    @Test
    void fileIsLfOnlyUtf8AndUnderOneMegabyte() throws IOException {
        byte[] bytes = Files.readAllBytes(COMMITTED);
        assertTrue(bytes.length < 1_000_000, bytes.length + " bytes");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.indexOf('\r') < 0, "CR in the data set");
        assertTrue(text.endsWith("}\n"), "ends with a newline");
    }
}
