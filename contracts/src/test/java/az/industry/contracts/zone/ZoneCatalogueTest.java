package az.industry.contracts.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import az.industry.contracts.event.RecordKind;
import az.industry.contracts.zone.Zone;
import az.industry.contracts.zone.ZoneCatalogue;
import az.industry.contracts.zone.ZoneKind;

class ZoneCatalogueTest {

    private final ZoneCatalogue catalogue = ZoneCatalogue.defaults();

    @Test
    void hasNineParksAndFourQuarters() {
        assertEquals(13, catalogue.all().size());
        assertEquals(9, catalogue.all().stream().filter(z -> z.kind() == ZoneKind.INDUSTRIAL_PARK).count());
        assertEquals(4, catalogue.all().stream().filter(z -> z.kind() == ZoneKind.INDUSTRIAL_QUARTER).count());
    }

    @Test
    void knowsTheIdsTheContractUses() {
        Zone scip = catalogue.find("sumgayit-chemical-industrial-park").orElseThrow();
        assertEquals("Sumgayit Chemical Industrial Park", scip.name());
        assertEquals("Sumgayit", scip.region());
        assertTrue(catalogue.contains("ganja-industrial-park"));
        assertFalse(catalogue.contains("atlantis-industrial-park"));
        assertFalse(catalogue.contains(null));
    }

    @Test
    void rejectsDuplicateIds() {
        Zone a = new Zone("a", "A", ZoneKind.ECONOMIC_ZONE, "X");
        assertThrows(IllegalArgumentException.class, () -> ZoneCatalogue.of(List.of(a, a)));
    }

    @Test
    void recordKindsNameTopicsAndTypesAsTheContractDoes() {
        assertEquals("industry.investments.v1", RecordKind.INVESTMENT.topic());
        assertEquals("az.industry.investment.recorded.v1", RecordKind.INVESTMENT.recordedType());
        assertEquals("az.industry.investment.voided.v1", RecordKind.INVESTMENT.voidedType());
        assertEquals("industry.production.v1", RecordKind.PRODUCTION.topic());
        assertEquals("industry.exports.v1", RecordKind.EXPORT.topic());
        assertEquals(RecordKind.EXPORT, RecordKind.ofTopic("industry.exports.v1"));
    }
}
