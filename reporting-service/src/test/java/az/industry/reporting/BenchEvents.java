package az.industry.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import az.industry.contracts.event.ExportRecord;
import az.industry.contracts.event.IndustryRecord;
import az.industry.contracts.event.InvestmentRecord;
import az.industry.contracts.event.ProductionRecord;
import az.industry.contracts.money.Money;
import az.industry.contracts.zone.Sector;
import az.industry.contracts.zone.Zone;
import az.industry.contracts.zone.ZoneCatalogue;
import az.industry.reporting.model.IncomingEvent;

/**
 * A seeded, endless stream of synthetic events for {@link ProjectionBench}: records of the three kinds spread
 * evenly over every zone, sector and day of {@link #FIRST}..{@link #LAST} (26 years), 5,000 companies, 300
 * products, 60 countries, AZN and USD; about 4 % voids of recent records, 1 % voids that arrive before their
 * record, 2 % redeliveries of a recent event (same {@code ce_id}). The same seed gives the same events.
 */
public final class BenchEvents {

    public static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2025, 12, 31);
    private static final int DAYS = (int) (LAST.toEpochDay() - FIRST.toEpochDay() + 1);
    private static final Instant RECORDED = Instant.parse("2025-06-01T00:00:00Z");
    private static final List<String> ZONES = ZoneCatalogue.defaults().all().stream().map(Zone::id).toList();
    private static final Sector[] SECTORS = Sector.values();
    private static final String[] COUNTRIES = ("IT TR RU GE DE CN US FR IR KZ UA GB NL ES PL IL IN AE UZ TM BY KG CH JP "
            + "KR GR RO BG HU EG SA QA KW OM PK AF TJ MN VN TH MY ID SG PH AU NZ CA MX BR AR CL PE CO ZA NG KE MA DZ TN")
            .split(" ");
    private static final String[] UNITS = { "t", "vehicles", "m2", "km", "pcs" };

    private final Random random;
    /** Recent records not voided yet (a ring), and recent events (to redeliver). */
    private final IndustryRecord[] recent = new IndustryRecord[4096];
    private final IncomingEvent[] sent = new IncomingEvent[4096];
    private final List<IncomingEvent> pending = new ArrayList<>();
    private long records;
    private long events;

    public BenchEvents(long seed) {
        random = new Random(seed);
    }

    /** The next {@code n} events (the same sequence however it is asked for). */
    public List<IncomingEvent> next(int n) {
        List<IncomingEvent> out = new ArrayList<>(pending);
        pending.clear();
        while (out.size() < n) {
            int dice = random.nextInt(100);
            if (dice < 4 && records > 0) {
                int slot = random.nextInt((int) Math.min(records, recent.length));
                IndustryRecord r = recent[slot];
                if (r != null) {
                    recent[slot] = null;
                    add(out, event(voided(r), true));
                }
            } else if (dice < 6 && events > 0) {
                out.add(sent[random.nextInt((int) Math.min(events, sent.length))]); // redelivered: same ce_id
            } else if (dice < 7) {
                IndustryRecord r = record();
                add(out, event(voided(r), true)); // the void first
                add(out, event(r, false));
            } else {
                IndustryRecord r = record();
                recent[(int) (records % recent.length)] = r;
                add(out, event(r, false));
            }
        }
        pending.addAll(out.subList(n, out.size())); // an early void's record, for the next call
        return new ArrayList<>(out.subList(0, n));
    }

    private void add(List<IncomingEvent> out, IncomingEvent e) {
        sent[(int) (events++ % sent.length)] = e;
        out.add(e);
    }

    private IncomingEvent event(IndustryRecord r, boolean voiding) {
        return new IncomingEvent(uuid().toString(), r.kind().topic(), voiding, r);
    }

    private IndustryRecord record() {
        long i = records++;
        UUID id = uuid();
        String zone = ZONES.get(random.nextInt(ZONES.size()));
        Sector sector = SECTORS[random.nextInt(SECTORS.length)];
        String company = "Bench Company " + random.nextInt(5000);
        LocalDate day = FIRST.plusDays(random.nextInt(DAYS));
        boolean usd = random.nextBoolean();
        BigDecimal amount = BigDecimal.valueOf(1 + (long) (random.nextDouble() * 1e11), 2);
        BigDecimal azn = Money.toAzn(amount, usd ? Money.USD_PEG : BigDecimal.ONE);
        String currency = usd ? "USD" : "AZN";
        Instant at = RECORDED.plusMillis(i);
        String by = "clerk-" + (i % 7) + "@bench";
        String product = "Product " + random.nextInt(300);
        BigDecimal quantity = BigDecimal.valueOf(1 + random.nextInt(1_000_000), random.nextInt(3));
        String unit = UNITS[random.nextInt(UNITS.length)];
        return switch ((int) (i % 3)) {
            case 0 -> new InvestmentRecord(id, zone, company, sector, amount, currency, azn, day, random.nextInt(500),
                    null, at, by, false, null, null, null);
            case 1 -> new ProductionRecord(id, zone, company, sector, product, quantity, unit, amount, currency, azn, day,
                    at, by, false, null, null, null);
            default -> new ExportRecord(id, zone, company, sector, COUNTRIES[random.nextInt(COUNTRIES.length)],
                    String.format("%04d", 100 + random.nextInt(9000)), product, quantity, unit, amount, currency, azn, day,
                    at, by, false, null, null, null);
        };
    }

    private static IndustryRecord voided(IndustryRecord r) {
        return Workload.voided(r);
    }

    private UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }
}
