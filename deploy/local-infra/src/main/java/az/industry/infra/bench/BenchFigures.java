package az.industry.infra.bench;

import java.util.Map;

/** Everything one bench run measured, for its table; null where a part did not run (--big, --restart, the cleanup). */
record BenchFigures(Map<String, Long> first, Map<String, Long> rest, Map<String, Long> maxRss, JdbcBaseline.Result insert,
        KafkaBaseline.Result kafka, WriteLoad.Outcome singles, Latencies toReport, WriteLoad.Outcome json, WriteLoad.Outcome csv,
        WriteLoad.Outcome big, long events, LoadGenerator.Result me, Map<String, LoadGenerator.Result> reads, Rebuild.Outcome rebuild,
        Map<String, Long> afterRestart, double restartSeconds, Cleanup.Outcome cleanup) {
}
