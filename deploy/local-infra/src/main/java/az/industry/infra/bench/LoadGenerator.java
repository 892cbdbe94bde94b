package az.industry.infra.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/** Drives HTTP load: worker threads send prepared requests one at a time over keep-alive connections and time each answer. */
final class LoadGenerator {

    /** One request: the port it goes to on loopback, its bytes in parts (sent back to back), and anything the answer needs. */
    record Request(int port, byte[][] parts, Object tag) {
    }

    /** The next request for {@code worker}, or null when that worker is done. Called on the worker's thread. */
    @FunctionalInterface
    interface Work {
        Request next(int worker);
    }

    /** What to do with an answer (on the worker's thread; must be thread-safe). */
    @FunctionalInterface
    interface Answers {
        void on(Request request, RawHttp.Response response);
    }

    /** A run: answers by status ("io error" for a failed connection), request latencies, wall time, CPU. */
    record Result(Map<String, Long> byStatus, Latencies latencies, double seconds, CpuMeter.Share cpu) {

        long count(int status) {
            return byStatus.getOrDefault(Integer.toString(status), 0L);
        }

        long requests() {
            return byStatus.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Answers other than {@code expected}, by status: "none" or "409: 3, io error: 1". */
        String others(int... expected) {
            Map<String, Long> others = new TreeMap<>(byStatus);
            for (int e : expected) {
                others.remove(Integer.toString(e));
            }
            if (others.isEmpty()) {
                return "none";
            }
            StringBuilder b = new StringBuilder();
            others.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(": ").append(v));
            return b.toString();
        }
    }

    private LoadGenerator() {
    }

    /**
     * Runs {@code workers} threads until each gets null from {@code work}; returns what they measured. Each worker sends one
     * request at a time over its own keep-alive {@link RawHttp} connection (one per port it talks to); answers go to
     * {@code answers}. Cheap by design (prepared request bytes, no HTTP library), so the platform, not the generator, is
     * what a run measures; its own CPU share is part of the {@link Result}.
     */
    static Result run(int workers, Work work, Answers answers) {
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "bench-load");
            t.setDaemon(true);
            return t;
        });
        List<Future<Worker>> futures = new ArrayList<>();
        CpuMeter cpu = new CpuMeter().start();
        long start = System.nanoTime();
        try {
            for (int i = 0; i < workers; i++) {
                Worker worker = new Worker(i, work, answers);
                futures.add(pool.submit(() -> {
                    worker.run();
                    return worker;
                }));
            }
            List<Worker> done = new ArrayList<>();
            for (Future<Worker> f : futures) {
                done.add(f.get());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            CpuMeter.Share share = cpu.stop();
            Map<String, Long> byStatus = new TreeMap<>();
            done.forEach(w -> w.byStatus.forEach((k, v) -> byStatus.merge(k, v, Long::sum)));
            return new Result(byStatus, Latencies.merge(done.stream().map(w -> w.latencies).toList()), seconds, share);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a load worker failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** {@code work} until {@code seconds} have passed (each worker stops at its first request after the deadline). */
    static Work forSeconds(double seconds, Work work) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        return worker -> System.nanoTime() < deadline ? work.next(worker) : null;
    }

    /** {@code work} at most {@code perSecond} requests a second over all workers (0: unpaced); a worker early for its slot waits. */
    static Work paced(double perSecond, Work work) {
        if (perSecond <= 0) {
            return work;
        }
        long start = System.nanoTime();
        AtomicLong issued = new AtomicLong();
        return worker -> {
            long slot = start + (long) (issued.getAndIncrement() * 1e9 / perSecond);
            for (long wait = slot - System.nanoTime(); wait > 0; wait = slot - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            return work.next(worker);
        };
    }

    private static final class Worker {
        final int index;
        final Work work;
        final Answers answers;
        final Latencies latencies = new Latencies();
        final Map<String, Long> byStatus = new HashMap<>();
        final Map<Integer, RawHttp> connections = new HashMap<>();

        Worker(int index, Work work, Answers answers) {
            this.index = index;
            this.work = work;
            this.answers = answers;
        }

        void run() {
            try {
                for (Request request = work.next(index); request != null; request = work.next(index)) {
                    RawHttp http = connections.computeIfAbsent(request.port(), p -> new RawHttp("127.0.0.1", p));
                    long start = System.nanoTime();
                    try {
                        RawHttp.Response response = http.exchange(request.parts());
                        latencies.add(System.nanoTime() - start);
                        byStatus.merge(Integer.toString(response.status()), 1L, Long::sum);
                        answers.on(request, response);
                    } catch (IOException e) {
                        byStatus.merge("io error", 1L, Long::sum);
                        try {
                            Thread.sleep(10); // the connection is closed: reconnect on the next request, not in a hot loop
                        } catch (InterruptedException interrupted) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                }
            } finally {
                connections.values().forEach(RawHttp::close);
            }
        }
    }
}
