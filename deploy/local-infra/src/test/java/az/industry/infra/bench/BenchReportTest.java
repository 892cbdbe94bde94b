package az.industry.infra.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchReportTest {

    private static final Machine MACHINE = new Machine(2, 24 * 1024, "Linux", "17.0.15", "2026-12-01 10:00 UTC");

    private static BenchReport report() {
        return new BenchReport()
                .row("single POSTs", "4,000 POST/s", "INSERT+commit 10,000/s", "0.40", "≥ 5,000/s", BenchReport.Verdict.NOT_MET)
                .row("p99 | pipes", "p99 8 ms", "", "", "≤ 10 ms", BenchReport.Verdict.MET)
                .row("rebuild", "not measured", "", "", "≥ 50,000/s", BenchReport.Verdict.NONE)
                .note("what it measures");
    }

    @Test
    void tableHasOneRowPerFigureWithItsVerdict() {
        String table = report().table();
        assertEquals("""
                | figure | value | baseline (same run) | ratio | target | met |
                | --- | --- | --- | --- | --- | --- |
                | single POSTs | 4,000 POST/s | INSERT+commit 10,000/s | 0.40 | ≥ 5,000/s | **not met** |
                | p99 \\| pipes | p99 8 ms |  |  | ≤ 10 ms | met |
                | rebuild | not measured |  |  | ≥ 50,000/s |  |
                """, table);
    }

    @Test
    void sectionCarriesMachineSettingsTableAndNotesBetweenTheMarkers() {
        String section = report().section(MACHINE, "BENCH_SECONDS=60");
        assertTrue(section.startsWith(BenchReport.START + "\n## Latest `./platform bench` (generated 2026-12-01 10:00 UTC)\n"), section);
        assertTrue(section.contains("Machine: 2 cores, 24.0 GiB RAM, Linux, Java 17.0.15. Settings: BENCH_SECONDS=60.\n"), section);
        assertTrue(section.contains(report().table()), section);
        assertTrue(section.endsWith("- what it measures\n" + BenchReport.END + "\n"), section);
    }

    @Test
    void replacesTheGeneratedSectionAndKeepsTheHandWrittenText() {
        String old = "# Benchmarks\n\nintro\n\n" + BenchReport.START + "\nold table\n" + BenchReport.END + "\n\n## 2026-11-01, by hand\n\nhistory\n";
        String replaced = BenchReport.replaceSection(old, BenchReport.START + "\nnew\n" + BenchReport.END + "\n");
        assertEquals("# Benchmarks\n\nintro\n\n" + BenchReport.START + "\nnew\n" + BenchReport.END + "\n\n## 2026-11-01, by hand\n\nhistory\n",
                replaced);
        assertEquals(replaced, BenchReport.replaceSection(replaced, BenchReport.START + "\nnew\n" + BenchReport.END + "\n"),
                "the same section twice changes nothing");
    }

    @Test
    void withoutASectionItGoesBeforeTheFirstHeadingOrAtTheEnd() {
        String section = BenchReport.START + "\nnew\n" + BenchReport.END + "\n";
        assertEquals("# Benchmarks\n\nintro\n\n" + section + "\n## history\n",
                BenchReport.replaceSection("# Benchmarks\n\nintro\n\n## history\n", section));
        assertEquals("# Benchmarks\n\nintro\n\n" + section, BenchReport.replaceSection("# Benchmarks\n\nintro\n", section));
    }

    @Test
    void writesTheFileInPlace(@TempDir Path dir) throws Exception {
        Path md = dir.resolve("BENCHMARKS.md");
        Files.writeString(md, "# Benchmarks\n\n## by hand\n");
        BenchReport.write(md, report().section(MACHINE, "s"));
        BenchReport.write(md, report().section(MACHINE, "s"));
        String text = Files.readString(md);
        assertEquals(1, text.split(java.util.regex.Pattern.quote(BenchReport.START), -1).length - 1, text);
        assertTrue(text.endsWith("\n## by hand\n"), text);
    }
}
