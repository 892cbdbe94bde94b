package az.industry.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import az.industry.contracts.event.ExportRecord;
import az.industry.contracts.event.IndustryRecord;
import az.industry.contracts.event.InvestmentRecord;
import az.industry.contracts.event.ProductionRecord;
import az.industry.contracts.money.Money;
import az.industry.contracts.zone.Sector;
import az.industry.contracts.zone.Zone;
import az.industry.contracts.zone.ZoneCatalogue;

/**
 * A seeded random workload for oracle tests: records of all three kinds over every zone and sector, AZN and USD
 * amounts of every magnitude, many destination countries and dates in a window; and the events that carry them,
 * shuffled, with redeliveries (same ce_id), republications (new ce_id), voids, redelivered voids and voids that
 * arrive before their record.
 */
public final class Workload {

    public static final List<String> COUNTRIES = List.of("IT", "TR", "RU", "GE", "DE", "CN", "US", "FR", "IR", "KZ", "UA",
            "GB", "NL", "ES", "PL", "IL", "IN", "AE", "UZ", "TM", "BY", "KG", "CH", "JP", "KR", "GR", "RO", "BG", "HU",
            "EG");
    public static final BigDecimal USD_PEG = new BigDecimal("1.70");

    /** One event to publish: the record it carries, whether it voids, its ce_id. */
    public record Event(IndustryRecord record, boolean voiding, String ceId) {
    }

    public final List<IndustryRecord> records = new ArrayList<>();
    public final Set<UUID> voided = new HashSet<>();
    public final List<Event> events = new ArrayList<>();

    /**
     * Product and unit names, each written in several ways (case, spaces) that the reports take as one; products
     * are named after the workload's seed too, so that their first recorded name is one of this workload's.
     */
    public static final List<String> PRODUCTS = List.of("Polypropylene", "Light trucks", "Caustic soda", "Float glass",
            "Steel pipes", "Canned fruit", "Power cables", "Iodine");
    public static final List<String> UNITS = List.of("t", "vehicles", "m2", "km");
    /** When the workload's records were recorded: within 20 minutes of this, so some share a second. */
    public static final Instant RECORDED = Instant.parse("2025-04-28T09:00:00Z");

    private final Random random;
    private final String companyPrefix;
    private final LocalDate first;
    private final LocalDate last;
    private final Predicate<LocalDate> allowed;
    private final List<Zone> zones = ZoneCatalogue.defaults().all();

    private Workload(long seed, LocalDate first, LocalDate last, Predicate<LocalDate> allowed) {
        this.random = new Random(seed);
        this.companyPrefix = "W" + seed + " ";
        this.first = first;
        this.last = last;
        this.allowed = allowed;
    }

    /**
     * Generates {@code investments}, {@code production} and {@code exports} records dated in {@code first..last}
     * (only days {@code allowed} accepts) and their events.
     */
    public static Workload generate(long seed, LocalDate first, LocalDate last, Predicate<LocalDate> allowed, int investments,
            int production, int exports) {
        Workload w = new Workload(seed, first, last, allowed);
        for (int i = 0; i < investments; i++) {
            w.records.add(w.investment(i));
        }
        for (int i = 0; i < production; i++) {
            w.records.add(w.production(i));
        }
        for (int i = 0; i < exports; i++) {
            w.records.add(w.export(i));
        }
        w.events();
        return w;
    }

    /** The records that count: recorded and not voided. */
    public List<IndustryRecord> live() {
        return records.stream().filter(r -> !voided.contains(r.id())).toList();
    }

    /** Distinct ce_ids: what {@code eventsApplied} grows by. */
    public long distinctEventIds() {
        return events.stream().map(Event::ceId).distinct().count();
    }

    /** How many voids are published before the record they void. */
    public long earlyVoids() {
        Map<UUID, Integer> recordedAt = new HashMap<>();
        long early = 0;
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (!e.voiding()) {
                recordedAt.putIfAbsent(e.record().id(), i);
            } else if (!recordedAt.containsKey(e.record().id())) {
                early++;
            }
        }
        return early;
    }

    private void events() {
        List<Event> out = new ArrayList<>();
        List<Event> later = new ArrayList<>();
        for (IndustryRecord r : records) {
            Event recorded = new Event(r, false, id());
            out.add(recorded);
            if (random.nextInt(100) < 15) {
                later.add(recorded); // redelivered by the outbox: same ce_id
            }
            if (random.nextInt(100) < 3) {
                later.add(new Event(r, false, id())); // published again as a new event: counts once
            }
            if (random.nextInt(100) < 12) {
                voided.add(r.id());
                Event voiding = new Event(voidedCopy(r), true, id());
                out.add(voiding);
                if (random.nextInt(100) < 30) {
                    later.add(voiding);
                }
            }
        }
        out.addAll(later);
        Collections.shuffle(out, random);
        events.addAll(out);
    }

    private InvestmentRecord investment(int i) {
        Money m = money(i);
        return new InvestmentRecord(uuid(), zone(), company(), sector(i), m.amount, m.currency, m.azn, date(),
                random.nextInt(2000), random.nextBoolean() ? null : "plant " + i, recordedAt(), recorder(i), false, null, null,
                null);
    }

    private ProductionRecord production(int i) {
        Money m = money(i);
        return new ProductionRecord(uuid(), zone(), company(), sector(i), written(companyPrefix + pick(PRODUCTS)),
                BigDecimal.valueOf(1 + random.nextInt(100_000), random.nextInt(4)), written(pick(UNITS)), m.amount,
                m.currency, m.azn, date(), recordedAt(), recorder(i), false, null, null, null);
    }

    private ExportRecord export(int i) {
        Money m = money(i);
        String hs = String.format("%04d", 100 + random.nextInt(9000));
        return new ExportRecord(uuid(), zone(), company(), sector(i), COUNTRIES.get(random.nextInt(COUNTRIES.size())),
                hs, written(companyPrefix + pick(PRODUCTS)), BigDecimal.valueOf(1 + random.nextInt(1_000_000), random.nextInt(3)),
                written(pick(UNITS)), m.amount, m.currency, m.azn, date(), recordedAt(), recorder(i), false, null, null,
                null);
    }

    /** Who recorded record {@code i}: one of three clerks, or (every fourth) nobody, as before it was kept. */
    private static String recorder(int i) {
        return i % 4 == 3 ? null : "clerk-" + i % 4 + "@test";
    }

    /** An amount in AZN or USD and its AZN value as the write services fix it. */
    private record Money(BigDecimal amount, String currency, BigDecimal azn) {
    }

    private Money money(int i) {
        long cents = switch (random.nextInt(10)) {
            case 0 -> 1 + random.nextInt(1000); // qəpik to 10
            case 1, 2, 3, 4, 5 -> 1 + random.nextInt(100_000_000); // up to 1 million
            case 6, 7, 8 -> 1 + (long) (random.nextDouble() * 1e13); // up to 100 billion
            default -> 1 + (long) (random.nextDouble() * 5e16); // up to 5e14: 15 digits in AZN after the peg
        };
        BigDecimal amount = BigDecimal.valueOf(cents, 2);
        if (i % 7 == 0 && amount.compareTo(BigDecimal.ONE) > 0) {
            amount = amount.setScale(0, java.math.RoundingMode.DOWN); // whole amounts, as clients often send
        }
        boolean usd = random.nextBoolean();
        BigDecimal azn = az.industry.contracts.money.Money.toAzn(amount, usd ? USD_PEG : BigDecimal.ONE);
        return new Money(amount, usd ? "USD" : "AZN", azn);
    }

    /** The record as its void event carries it. */
    public static IndustryRecord voided(IndustryRecord r) {
        return new Workload(0, LocalDate.MIN, LocalDate.MIN, d -> true).voidedCopy(r);
    }

    private IndustryRecord voidedCopy(IndustryRecord r) {
        Instant at = Instant.now();
        if (r instanceof InvestmentRecord i) {
            return new InvestmentRecord(i.id(), i.zoneId(), i.investor(), i.sector(), i.amount(), i.currency(),
                    i.amountAzn(), i.investedOn(), i.jobsCreated(), i.description(), i.recordedAt(),
                    i.recordedBy(), true, at, "supervisor@test", "void");
        }
        if (r instanceof ProductionRecord p) {
            return new ProductionRecord(p.id(), p.zoneId(), p.producer(), p.sector(), p.product(), p.quantity(), p.unit(),
                    p.value(), p.currency(), p.valueAzn(), p.producedOn(), p.recordedAt(),
                    p.recordedBy(), true, at, "supervisor@test", "void");
        }
        ExportRecord e = (ExportRecord) r;
        return new ExportRecord(e.id(), e.zoneId(), e.exporter(), e.sector(), e.destinationCountry(), e.hsCode(),
                e.product(), e.quantity(), e.unit(), e.value(), e.currency(), e.valueAzn(), e.shippedOn(), e.recordedAt(),
                e.recordedBy(), true, at, "supervisor@test", "void");
    }

    /**
     * One of 40 companies of this workload (named after its seed, so no other workload shares them) that invest,
     * produce and export alike, written as any of its variants.
     */
    private String company() {
        return written(companyPrefix + "Caspian Company " + random.nextInt(40));
    }

    /** {@code name} as a user may type it: as is, upper or lower case, with extra spaces around or inside. */
    private String written(String name) {
        return switch (random.nextInt(6)) {
            case 0 -> name.toUpperCase(java.util.Locale.ROOT);
            case 1 -> name.toLowerCase(java.util.Locale.ROOT);
            case 2 -> "  " + name + " ";
            case 3 -> name.replace(" ", "   ");
            default -> name;
        };
    }

    private String pick(List<String> names) {
        return names.get(random.nextInt(names.size()));
    }

    private Instant recordedAt() {
        return RECORDED.plusSeconds(random.nextInt(1200));
    }

    private Sector sector(int i) {
        Sector[] all = Sector.values();
        return i < all.length ? all[i] : all[random.nextInt(all.length)]; // every sector appears
    }

    private String zone() {
        return zones.get(random.nextInt(zones.size())).id();
    }

    private LocalDate date() {
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        LocalDate d;
        do {
            d = first.plusDays((long) (random.nextDouble() * days));
        } while (!allowed.test(d));
        return d;
    }

    private UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    private String id() {
        return uuid().toString();
    }
}
